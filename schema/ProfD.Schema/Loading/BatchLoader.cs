using GraphQL.DataLoader;

namespace ProfD.Schema.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of a query, then fetches them all with a
/// single call when the first result is awaited. Values are cached for the rest of the request, so asking twice for a
/// key costs nothing. Obtain one from <see cref="BatchLoaderRegistry"/>; never share one across requests.
/// </summary>
/// <typeparam name="TKey">The key, typically an entity's local key or a parent's key.</typeparam>
/// <typeparam name="TValue">What one key loads: an entity, or a list of children.</typeparam>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Func<TKey, TValue> _missing;
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly List<TKey> _pending = [];
    private readonly HashSet<TKey> _pendingSet = [];
    private readonly Lock _gate = new();
    private Task? _inFlight;

    internal BatchLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        Func<TKey, TValue> missing)
    {
        _fetch = fetch;
        _missing = missing;
    }

    /// <summary>How many times this loader has called its fetch function (one per batch).</summary>
    public int BatchCount { get; private set; }

    /// <summary>Queues <paramref name="key"/> for the next batch and returns a result that GraphQL.NET awaits later.</summary>
    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key) && _pendingSet.Add(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task batch;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value)) return value;
                // A batch that is running may not hold this key: start the next one after it.
                batch = _inFlight is { IsCompleted: false } running
                    ? running
                    : _inFlight = FetchPendingAsync(cancellationToken);
            }
            await batch.ConfigureAwait(false);
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value)) return value;
                if (!_pendingSet.Contains(key))
                {
                    // Fetched, and the fetch did not know it.
                    value = _missing(key);
                    _loaded[key] = value;
                    return value;
                }
            }
        }
    }

    private async Task FetchPendingAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_gate)
        {
            keys = [.. _pending];
            _pending.Clear();
            _pendingSet.Clear();
        }
        if (keys.Length == 0) return;
        BatchCount++;
        var found = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var key in keys)
                _loaded[key] = found.TryGetValue(key, out var value) ? value : _missing(key);
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
