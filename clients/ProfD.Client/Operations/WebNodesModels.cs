namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebNodes</c>: none.</summary>
public sealed record WebNodesVariables;

/// <summary>Result of <c>WebNodes</c>: every registered institution's node.</summary>
public sealed record WebNodesData(NodeEndpointPage Institutions);

/// <summary>The registered institutions' nodes.</summary>
public sealed record NodeEndpointPage(IReadOnlyList<NodeEndpoint> Nodes);

/// <summary>Where an institution's node answers GraphQL.</summary>
public sealed record NodeEndpoint(string Code, string Endpoint);
