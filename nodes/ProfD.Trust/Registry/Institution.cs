namespace ProfD.Trust.Registry;

/// <summary>A registered institution and its node: what the gateway reads to find the nodes.</summary>
internal sealed class Institution
{
    /// <summary>The institution's code: the first segment of every ID its node issues.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string Nation { get; set; }
    /// <summary>The node's GraphQL URL.</summary>
    public required string Endpoint { get; set; }
    public InstitutionStatus Status { get; set; }
    public DateTime JoinedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>What the health checker last found; kept in a table of its own.</summary>
    public NodeHealth Health { get; set; } = new();
    /// <summary>Where the harvester is in the node's change feed; kept in a table of its own.</summary>
    public HarvestState Harvest { get; set; } = new();

    /// <summary>The global ID: the same one the node gives its own Institution entity.</summary>
    public static string GlobalIdOf(string code) => $"{code}:Institution:{code}";
}
