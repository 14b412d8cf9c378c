namespace ProfD.Gateway.Membership;

/// <summary>What the gateway last saw of a node.</summary>
internal enum NodeState
{
    /// <summary>It answered with a schema compatible with the others.</summary>
    Healthy,

    /// <summary>It did not answer, or not as a GraphQL subgraph: it stays routable, and its part of an answer errs.</summary>
    Unavailable,

    /// <summary>Its schema lacks part of the others': it is left out of the federation until it is fixed.</summary>
    Incompatible,
}
