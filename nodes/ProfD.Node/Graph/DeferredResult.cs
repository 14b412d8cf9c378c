using GraphQL.DataLoader;

namespace ProfD.Node.Graph;

/// <summary>
/// A result computed from several batched loads. Queue every load first (in the resolver), then await them inside
/// <c>compute</c>: GraphQL.NET runs it only after the whole level has queued its keys, so each load is still one
/// statement for the level.
/// </summary>
internal sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
