using ProfD.Client;
using ProfD.Client.Operations;

namespace ProfD.Web.Gateway;

/// <summary>
/// Where each institution's node is, read from the registry through the gateway and kept for a minute, so media links
/// point at the node that holds the file.
/// </summary>
internal sealed class NodeAddresses(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private (IReadOnlyDictionary<string, Uri> Nodes, DateTimeOffset ReadAt)? _cache;

    /// <summary>The base address of <paramref name="institution"/>'s node (its GraphQL endpoint's folder); null if unknown.</summary>
    public async Task<Uri?> BaseOfAsync(string institution, CancellationToken cancellationToken)
    {
        var cache = _cache;
        if (cache is null || time.GetUtcNow() - cache.Value.ReadAt > Lifetime || !cache.Value.Nodes.ContainsKey(institution))
        {
            cache = (await ReadAsync(cancellationToken), time.GetUtcNow());
            _cache = cache;
        }
        return cache.Value.Nodes.GetValueOrDefault(institution);
    }

    private async Task<IReadOnlyDictionary<string, Uri>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<GatewayReader>();
        var answer = await reader.ReadAsync(ProfDOperations.WebNodes, new WebNodesVariables(), cancellationToken);
        return (answer.Data?.Institutions.Nodes ?? [])
            .Where(n => Uri.TryCreate(n.Endpoint, UriKind.Absolute, out _))
            .ToDictionary(n => n.Code, n => new Uri(new Uri(n.Endpoint), "."), StringComparer.Ordinal);
    }
}
