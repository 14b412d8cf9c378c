namespace ProfD.Gateway.Execution;

/// <summary>A node (or the trust) did not answer, answered too slowly, or answered something that is not GraphQL.</summary>
internal sealed class SubgraphUnavailableException(string institution, string reason)
    : Exception($"The {institution} node is unavailable: {reason}")
{
    public string Institution { get; } = institution;
}
