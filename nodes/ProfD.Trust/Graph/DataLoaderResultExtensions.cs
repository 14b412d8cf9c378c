using GraphQL.DataLoader;

namespace ProfD.Trust.Graph;

/// <summary>Shapes a batched result without waiting for it, so the load stays in its level's one batch.</summary>
internal static class DataLoaderResultExtensions
{
    /// <summary>
    /// The result of <paramref name="map"/> over <paramref name="result"/> once the batch has run. Awaiting the load inside
    /// a resolver instead would fetch it at once, one statement per parent.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new MappedResult<T, TResult>(result, map);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
