namespace ProfD.Gateway.Membership;

/// <summary>One registered node as the gateway last saw it.</summary>
internal sealed record NodeStatus(string Code, Uri Endpoint, NodeState State, string? LastError, DateTimeOffset? LastSeenAt, DateTimeOffset CheckedAt);
