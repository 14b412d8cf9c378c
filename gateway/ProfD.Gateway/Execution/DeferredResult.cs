using GraphQL.DataLoader;

namespace ProfD.Gateway.Execution;

/// <summary>A value GraphQL.NET completes after the rest of the level, so one level's entity fetches go out together.</summary>
internal sealed class DeferredResult(Func<CancellationToken, Task<object?>> load) : IDataLoaderResult
{
    public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);
}
