using System.Collections.Concurrent;

namespace ProfD.Gateway.Execution;

/// <summary>
/// The subqueries planned for each field of a document, kept per document text: a repeated query is not planned
/// again. Bounded: when full, it is cleared and refills with what is asked now.
/// </summary>
internal sealed class PlanCache
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<PlanKey, object> _plans = new();
    private long _hits;
    private long _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public T GetOrAdd<T>(PlanKey key, Func<T> plan)
        where T : class
    {
        if (_plans.TryGetValue(key, out var planned))
        {
            Interlocked.Increment(ref _hits);
            return (T)planned;
        }
        Interlocked.Increment(ref _misses);
        if (_plans.Count >= Capacity) _plans.Clear();
        return (T)_plans.GetOrAdd(key, _ => plan());
    }
}

/// <summary>Which plan: the document, the field's place in it, what it is planned for (a root, a fan-out, a completion of a type).</summary>
internal readonly record struct PlanKey(string Document, int Location, string Purpose, string Type, int Subgraph);

/// <summary>A planned piece of a subquery: its text and the caller's variables it uses.</summary>
internal sealed record PlannedSelection(string Text, IReadOnlyCollection<string> Variables, string VariableDefinitions);
