using System.Collections.Concurrent;
using GraphQL;
using ProfD.Gateway.Composition;
using ProfD.Gateway.Membership;

namespace ProfD.Gateway.Execution;

/// <summary>One caller's request: the snapshot it runs on, its raw variables, the entity batches of each level, and errors.</summary>
internal sealed class GatewayRequest(
    FederationSnapshot snapshot, IReadOnlyDictionary<string, object?> variables, string? document, int maxSubrequests, SubgraphClient client)
{
    public const string Key = "profd.gateway";

    private readonly Dictionary<(Owner, string, string), EntityBatch> _batches = [];
    private readonly Lock _gate = new();

    public FederationSnapshot Snapshot { get; } = snapshot;

    /// <summary>How every subrequest of this request is sent.</summary>
    public SubgraphClient Client { get; } = client;

    public ComposedSchema Composed => Snapshot.Composed!;

    public ConcurrentQueue<ExecutionError> Errors { get; } = new();

    private int _subrequests;
    private int _refused;

    /// <summary>
    /// Plans a piece of a subquery once per document: <paramref name="plan"/> runs the first time this document asks at
    /// <paramref name="location"/>, and the plan is reused for every repeat of the same query.
    /// </summary>
    public T Plan<T>(int location, string purpose, string type, int subgraph, Func<T> plan)
        where T : class =>
        document is null ? plan() : Composed.Plans.GetOrAdd(new PlanKey(document, location, purpose, type, subgraph), plan);

    /// <summary>
    /// Reserves <paramref name="count"/> subrequests; false, with one error for the whole request, once the request
    /// would need more than the gateway allows (Gateway:MaxSubrequests).
    /// </summary>
    public bool TryReserve(int count, IEnumerable<object> path)
    {
        if (Interlocked.Add(ref _subrequests, count) <= maxSubrequests) return true;
        if (Interlocked.Exchange(ref _refused, 1) == 0)
            Errors.Enqueue(GatewayErrors.TooManySubrequests(maxSubrequests, path));
        return false;
    }

    public static GatewayRequest Of(IResolveFieldContext context) => (GatewayRequest)context.UserContext[Key]!;

    /// <summary>The batch that collects objects of <paramref name="type"/> needing <paramref name="selection"/> from <paramref name="owner"/> at this level.</summary>
    public EntityBatch BatchFor(Owner owner, string type, string selection, Func<EntityBatch> create)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue((owner, type, selection), out var batch) || batch.Dispatched)
                _batches[(owner, type, selection)] = batch = create();
            return batch;
        }
    }

    public Dictionary<string, object?> VariablesFor(IEnumerable<string> names)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (variables.TryGetValue(name, out var value)) values[name] = value;
        }
        return values;
    }

    /// <summary><c>($a: T, …)</c> for the caller's variables in <paramref name="names"/>, plus <paramref name="extra"/> definitions.</summary>
    public static string VariableDefinitions(IResolveFieldContext context, IEnumerable<string> names, string? extra = null)
    {
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        var definitions = context.Operation.Variables?.Items
            .Where(v => wanted.Contains(v.Variable.Name.StringValue))
            .Select(v => $"${v.Variable.Name.StringValue}: {SdlText.TypeOf(v.Type)}")
            .ToList() ?? [];
        if (extra is not null) definitions.Add(extra);
        return definitions.Count == 0 ? "" : "(" + string.Join(", ", definitions) + ")";
    }
}
