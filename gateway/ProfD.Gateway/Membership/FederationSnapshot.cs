using GraphQL.Types;
using ProfD.Gateway.Composition;

namespace ProfD.Gateway.Membership;

/// <summary>
/// Everything one request needs, immutable: the composed schema and the nodes to route to. A refresh builds a new one
/// and swaps it in, so requests in flight finish on the snapshot they started with.
/// </summary>
internal sealed record FederationSnapshot
{
    public static readonly FederationSnapshot Empty = new() { TrustEndpoint = null, Nodes = new Dictionary<string, Uri>(), Statuses = [] };

    public ComposedSchema? Composed { get; init; }

    public ISchema? Schema { get; init; }

    public required Uri? TrustEndpoint { get; init; }

    public bool TrustReachable { get; init; }

    public string? TrustError { get; init; }

    /// <summary>The nodes requests are routed to, by institution code: every registered active node but the incompatible ones.</summary>
    public required IReadOnlyDictionary<string, Uri> Nodes { get; init; }

    public required IReadOnlyList<NodeStatus> Statuses { get; init; }

    public string? CompositionError { get; init; }

    public DateTimeOffset? RefreshedAt { get; init; }

    /// <summary>Whether the gateway can serve: it has a composed schema.</summary>
    public bool Ready => Schema is not null;
}
