namespace ProfD.Trust.Registry;

/// <summary>What the trust last learnt by asking a node who it is.</summary>
internal sealed class NodeHealth
{
    public bool Reachable { get; set; }
    /// <summary>The node contract version the node says it serves.</summary>
    public string? SchemaVersion { get; set; }
    /// <summary>Whether the node's SDL provides everything in the trust's copy of <c>schema/node.graphql</c>.</summary>
    public bool Compatible { get; set; }
    /// <summary>What the node's SDL lacks, when it is not compatible.</summary>
    public string? Incompatibility { get; set; }
    public DateTime? LastSeenAt { get; set; }
    public DateTime? LastCheckedAt { get; set; }
    public string? LastError { get; set; }
}
