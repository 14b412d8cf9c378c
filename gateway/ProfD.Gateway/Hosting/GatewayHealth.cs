using ProfD.Gateway.Membership;

namespace ProfD.Gateway.Hosting;

/// <summary>The body of <c>/health</c>: the trust, every registered node's state, and composition problems.</summary>
internal sealed record GatewayHealth(
    string Status, bool Ready, string? Trust, bool TrustReachable, string? TrustError, DateTimeOffset? RefreshedAt,
    IReadOnlyList<GatewayHealth.Node> Nodes, IReadOnlyList<string> Problems)
{
    public static GatewayHealth Of(FederationSnapshot snapshot) => new(
        !snapshot.Ready ? "unavailable" : snapshot.TrustReachable && snapshot.Statuses.All(s => s.State == NodeState.Healthy) ? "ok" : "degraded",
        snapshot.Ready,
        snapshot.TrustEndpoint?.ToString(),
        snapshot.TrustReachable,
        snapshot.TrustError,
        snapshot.RefreshedAt,
        [.. snapshot.Statuses.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new Node(s.Code, s.Endpoint.ToString(), s.State.ToString().ToUpperInvariant(), s.LastError, s.LastSeenAt, s.CheckedAt))],
        [.. snapshot.Composed?.Problems ?? [], .. snapshot.CompositionError is null ? Array.Empty<string>() : [snapshot.CompositionError]]);

    internal sealed record Node(string Code, string Endpoint, string State, string? LastError, DateTimeOffset? LastSeenAt, DateTimeOffset CheckedAt);
}
