namespace ProfD.Cli.Status;

/// <summary>One node as <c>profd status</c> shows it: the trust's registry entry and checks, and the gateway's view.</summary>
internal sealed record NodeStatus
{
    public required string Code { get; init; }
    public string? Name { get; init; }
    public string? Nation { get; init; }
    public string? Endpoint { get; init; }

    /// <summary>ACTIVE, SUSPENDED or LEFT in the trust's registry; null when the trust did not say.</summary>
    public string? Status { get; init; }

    /// <summary>HEALTHY, UNAVAILABLE or INCOMPATIBLE as the gateway last saw it; null when the gateway does not route to it.</summary>
    public string? GatewayState { get; init; }

    /// <summary>Whether the node answered the trust's last check.</summary>
    public bool? Reachable { get; init; }
    public bool? Compatible { get; init; }
    public string? SchemaVersion { get; init; }

    /// <summary>Seconds since the trust's harvester last caught up with the node; null if it never has.</summary>
    public long? HarvestLagSeconds { get; init; }

    /// <summary>The first problem anyone reported: the gateway's, the trust's check, or the harvest.</summary>
    public string? LastError { get; init; }
}
