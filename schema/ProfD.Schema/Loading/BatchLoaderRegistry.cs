namespace ProfD.Schema.Loading;

/// <summary>
/// The batch loaders of one request, by name. Registered as a scoped service, so each request starts empty; take it
/// by injection in the services your resolvers call.
/// </summary>
public sealed class BatchLoaderRegistry
{
    private readonly Dictionary<string, object> _loaders = [];

    /// <summary>
    /// The loader called <paramref name="name"/> in this request, created with <paramref name="fetch"/> the first time.
    /// </summary>
    /// <param name="name">Unique per kind of load, for example <c>"School.cohorts"</c>.</param>
    /// <param name="fetch">Loads many keys at once; keys it leaves out get <paramref name="missing"/>'s value.</param>
    /// <param name="missing">The value of a key the fetch did not return; <c>default</c> when not given.</param>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        Func<TKey, TValue>? missing = null)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as BatchLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"The batch loader '{name}' was created with other types.");
            }
            var loader = new BatchLoader<TKey, TValue>(fetch, missing ?? (_ => default!));
            _loaders[name] = loader;
            return loader;
        }
    }

    /// <summary>
    /// Forgets every loader and what it loaded, so reads after a write see the write. Call it when a mutation starts:
    /// results already handed out keep working; later loads query afresh.
    /// </summary>
    public void Clear()
    {
        lock (_loaders) _loaders.Clear();
    }
}
