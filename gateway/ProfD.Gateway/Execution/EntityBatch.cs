using System.Text.Json;
using ProfD.Gateway.Composition;
using ProfD.Schema.Ids;

namespace ProfD.Gateway.Execution;

/// <summary>
/// The objects of one type that, at one level of the answer, need the same fields from one subgraph. Fetched with one
/// <c>_entities</c> request per home node (or one to the trust), in parallel, each ID once.
/// </summary>
internal sealed class EntityBatch(
    Owner owner, string type, string selection, string variableDefinitions, Dictionary<string, object?> variables,
    GatewayRequest request, SubgraphClient client)
{
    private const string Representations = "gwRepresentations";
    private readonly List<GatewayObject> _items = [];
    private readonly Lock _gate = new();
    private Task? _fetch;

    public bool Dispatched { get; private set; }

    public void Add(GatewayObject item)
    {
        lock (_gate) _items.Add(item);
    }

    public Task LoadAsync(IEnumerable<object> path, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_fetch is null)
            {
                Dispatched = true;
                _fetch = FetchAsync([.. _items], path.ToList(), cancellationToken);
            }
            return _fetch;
        }
    }

    public static string DefinitionsWithRepresentations(string callerDefinitions) =>
        callerDefinitions.Length == 0 ? $"(${Representations}: [_Any!]!)" : callerDefinitions[..^1] + $", ${Representations}: [_Any!]!)";

    private async Task FetchAsync(List<GatewayObject> items, List<object> path, CancellationToken cancellationToken)
    {
        var groups = new List<(string Institution, Uri Endpoint, List<GatewayObject> Items)>();
        if (owner == Owner.Trust)
        {
            if (request.Snapshot.TrustEndpoint is { } trust) groups.Add(("trust", trust, items));
            else Fail(items, new SubgraphUnavailableException("trust", "the gateway does not know where it is"), path);
        }
        else
        {
            foreach (var home in items.GroupBy(i => GlobalId.TryParse(i.Id, out var id) ? id.Institution : ""))
            {
                if (request.Snapshot.Nodes.TryGetValue(home.Key, out var endpoint)) groups.Add((home.Key, endpoint, home.ToList()));
                else
                {
                    foreach (var item in home)
                    {
                        item.Failed = true;
                        request.Errors.Enqueue(GatewayErrors.NotFound($"No node of institution '{home.Key}' is in the federation.", item.Path ?? path));
                    }
                }
            }
        }
        if (!request.TryReserve(groups.Count, path))
        {
            foreach (var group in groups)
            {
                foreach (var item in group.Items) item.Failed = true;
            }
            return;
        }
        await Task.WhenAll(groups.Select(g => FetchFromAsync(g.Institution, g.Endpoint, g.Items, path, cancellationToken)));
    }

    private async Task FetchFromAsync(string institution, Uri endpoint, List<GatewayObject> items, List<object> path, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id!).Distinct(StringComparer.Ordinal).ToList();
        var query = $"query{DefinitionsWithRepresentations(variableDefinitions)} {{ _entities(representations: ${Representations}) {{ ... on {type} {selection} }} }}";
        var values = new Dictionary<string, object?>(variables)
        {
            [Representations] = ids.Select(id => new Dictionary<string, object?> { ["__typename"] = type, ["id"] = id }).ToList(),
        };
        SubgraphResponse response;
        try
        {
            response = await client.PostAsync(endpoint, institution, query, values, retryable: true, cancellationToken);
        }
        catch (SubgraphUnavailableException ex)
        {
            Fail(items, ex, path);
            return;
        }
        // An error about the i-th representation belongs to every place in the answer that object fills.
        var placed = response.Errors.Count == 0 ? null : items.Where(i => i.Path is not null).ToLookup(i => i.Id!, StringComparer.Ordinal);
        foreach (var error in response.Errors)
        {
            var about = EntityIndexOf(error) is { } index && index < ids.Count ? placed![ids[index]] : [];
            if (!about.Any()) request.Errors.Enqueue(GatewayErrors.FromSubgraph(error, institution, path, skip: 2));
            foreach (var item in about) request.Errors.Enqueue(GatewayErrors.FromSubgraph(error, institution, item.Path!, skip: 2));
        }

        var fetched = new Dictionary<string, GatewayObject?>(StringComparer.Ordinal);
        if (response.Data.ValueKind == JsonValueKind.Object && response.Data.TryGetProperty("_entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var entity in entities.EnumerateArray())
            {
                if (i < ids.Count) fetched[ids[i]] = GatewayObject.FromJson(entity, owner, owner == Owner.Partition ? institution : null) as GatewayObject;
                i++;
            }
        }
        foreach (var item in items)
        {
            if (!fetched.TryGetValue(item.Id!, out var found) || found is null)
            {
                item.Failed = true;
                continue;
            }
            lock (item)
            {
                foreach (var pair in found.Values)
                {
                    if (pair.Key is not GatewayObject.TypeKey and not GatewayObject.IdKey) item.Values[pair.Key] = pair.Value;
                }
            }
        }
    }

    private static int? EntityIndexOf(JsonElement error) =>
        error.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.Array && path.GetArrayLength() >= 2
            && path[0].ValueKind == JsonValueKind.String && path[0].GetString() == "_entities" && path[1].TryGetInt32(out var index) ? index : null;

    // One error per unreachable node and level, at the first place it leaves empty.
    private void Fail(List<GatewayObject> items, SubgraphUnavailableException ex, List<object> path)
    {
        foreach (var item in items) item.Failed = true;
        request.Errors.Enqueue(GatewayErrors.NodeUnavailable(ex, items.FirstOrDefault(i => i.Path is not null)?.Path ?? path));
    }
}
