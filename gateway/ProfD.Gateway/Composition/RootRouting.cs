namespace ProfD.Gateway.Composition;

/// <summary>How a root field over institution data finds its node(s).</summary>
internal enum RootRouting
{
    /// <summary>The trust answers it.</summary>
    Trust,

    /// <summary>The home node of the first ID argument given (or the <c>node:</c> argument).</summary>
    ById,

    /// <summary>A connection: every routable node (or those in <c>institutions:</c>), merged.</summary>
    FanOut,

    /// <summary>No ID to route by: the caller names the node with <c>node:</c>.</summary>
    Pinned,
}
