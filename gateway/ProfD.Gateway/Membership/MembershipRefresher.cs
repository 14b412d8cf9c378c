using System.Text.Json;
using Microsoft.Extensions.Options;
using ProfD.Gateway.Composition;
using ProfD.Gateway.Execution;
using ProfD.Gateway.Hosting;
using ProfD.Schema.Contracts;

namespace ProfD.Gateway.Membership;

/// <summary>
/// Reads the trust's registry and every active node's schema, composes the federation and publishes a new snapshot:
/// at start and then every <see cref="GatewayOptions.RefreshInterval"/>, so nodes joining, leaving or moving are
/// picked up without a restart. A node whose schema lacks part of the others' is left out and reported.
/// </summary>
internal sealed class MembershipRefresher(
    FederationState state, SubgraphClient client, IOptions<GatewayOptions> options, TimeProvider time, ILogger<MembershipRefresher> logger)
    : BackgroundService
{
    private const string RegistryQuery = """
        query($after: String) { _service { sdl } institutions(first: 100, after: $after) { nodes { code endpoint status } pageInfo { hasNextPage endCursor } } }
        """;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the refresh at start has finished, whatever it found.</summary>
    public Task FirstRefresh => _first.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Refreshing the federation failed; the last snapshot stays in use.");
            }
            _first.TrySetResult();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One refresh, now. Safe to call beside the timer (tests and the demo call it after changing the registry).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            state.Publish(await BuildAsync(state.Current, cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<FederationSnapshot> BuildAsync(FederationSnapshot previous, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var trustEndpoint = options.Value.TrustEndpoint;
        (string Sdl, List<(string Code, Uri Endpoint)> Nodes) registry;
        try
        {
            registry = await ReadRegistryAsync(trustEndpoint, cancellationToken);
        }
        catch (SubgraphUnavailableException ex)
        {
            // The trust is down: keep routing to the nodes we know, and say so.
            return previous with { TrustEndpoint = trustEndpoint, TrustReachable = false, TrustError = ex.Message, RefreshedAt = now };
        }

        var probes = await Task.WhenAll(registry.Nodes.Select(n => ProbeAsync(n.Code, n.Endpoint, cancellationToken)));
        var partitionSdl = probes.Where(p => p.Sdl is not null)
            .GroupBy(p => p.Sdl!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Code), StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? previous.Composed?.Partition.Sdl;
        if (partitionSdl is null)
        {
            return new FederationSnapshot
            {
                TrustEndpoint = trustEndpoint, TrustReachable = true, Nodes = new Dictionary<string, Uri>(), RefreshedAt = now,
                Statuses = [.. probes.Select(p => new NodeStatus(p.Code, p.Endpoint, NodeState.Unavailable, p.Error, null, now))],
                CompositionError = "no institution node has answered yet, so there is no node schema to compose.",
            };
        }

        ComposedSchema composed;
        GraphQL.Types.ISchema schema;
        try
        {
            if (previous.Composed is { } same && same.Partition.Sdl == partitionSdl && same.Trust.Sdl == registry.Sdl && previous.Schema is not null)
                (composed, schema) = (same, previous.Schema);
            else
            {
                composed = SchemaComposer.Compose(SubgraphSchema.Parse("node", partitionSdl), SubgraphSchema.Parse("trust", registry.Sdl));
                schema = GatewaySchemaBuilder.Build(composed);
                foreach (var problem in composed.Problems) logger.LogWarning("Composition: {Problem}", problem);
            }
        }
        catch (CompositionException ex)
        {
            logger.LogError("Composition failed: {Reason}", ex.Message);
            return previous with { TrustEndpoint = trustEndpoint, TrustReachable = true, TrustError = null, CompositionError = ex.Message, RefreshedAt = now };
        }

        var lastSeen = previous.Statuses.ToDictionary(s => s.Code, s => s.LastSeenAt);
        var statuses = new List<NodeStatus>();
        var routable = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var probe in probes)
        {
            if (probe.Sdl is null)
            {
                statuses.Add(new(probe.Code, probe.Endpoint, NodeState.Unavailable, probe.Error, lastSeen.GetValueOrDefault(probe.Code), now));
                routable[probe.Code] = probe.Endpoint;
                continue;
            }
            var missing = probe.Sdl == partitionSdl ? [] : SdlContract.MissingFrom(partitionSdl, probe.Sdl);
            if (missing.Count > 0)
            {
                var reason = $"its schema does not provide {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")}";
                logger.LogWarning("Node {Institution} is left out of the federation: {Reason}", probe.Code, reason);
                statuses.Add(new(probe.Code, probe.Endpoint, NodeState.Incompatible, reason, now, now));
                continue;
            }
            statuses.Add(new(probe.Code, probe.Endpoint, NodeState.Healthy, null, now, now));
            routable[probe.Code] = probe.Endpoint;
        }
        return new FederationSnapshot
        {
            Composed = composed, Schema = schema, TrustEndpoint = trustEndpoint, TrustReachable = true, Nodes = routable, Statuses = statuses, RefreshedAt = now,
        };
    }

    private async Task<(string Sdl, List<(string Code, Uri Endpoint)> Nodes)> ReadRegistryAsync(Uri trust, CancellationToken cancellationToken)
    {
        var nodes = new List<(string, Uri)>();
        string? sdl = null;
        string? after = null;
        do
        {
            var response = await client.PostAsync(trust, "trust", RegistryQuery, new Dictionary<string, object?> { ["after"] = after }, retryable: true, cancellationToken);
            if (response.Data.ValueKind != JsonValueKind.Object)
                throw new SubgraphUnavailableException("trust", "its registry answered with errors only");
            sdl ??= response.Data.GetProperty("_service").GetProperty("sdl").GetString();
            var page = response.Data.GetProperty("institutions");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                if (node.GetProperty("status").GetString() != "ACTIVE") continue;
                if (Uri.TryCreate(node.GetProperty("endpoint").GetString(), UriKind.Absolute, out var endpoint))
                    nodes.Add((node.GetProperty("code").GetString()!, endpoint));
            }
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return (sdl ?? throw new SubgraphUnavailableException("trust", "it served no SDL"), nodes);
    }

    private async Task<(string Code, Uri Endpoint, string? Sdl, string? Error)> ProbeAsync(string code, Uri endpoint, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.PostAsync(endpoint, code, "{ _service { sdl } }", new Dictionary<string, object?>(), retryable: true, cancellationToken);
            if (response.Data.ValueKind == JsonValueKind.Object && response.Data.TryGetProperty("_service", out var service)
                && service.TryGetProperty("sdl", out var sdl) && sdl.ValueKind == JsonValueKind.String)
                return (code, endpoint, sdl.GetString(), null);
            return (code, endpoint, null, "it does not serve _service { sdl }: it is not a ProfD node");
        }
        catch (SubgraphUnavailableException ex)
        {
            return (code, endpoint, null, ex.Message);
        }
    }
}
