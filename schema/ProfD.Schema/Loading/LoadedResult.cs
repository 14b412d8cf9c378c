using GraphQL.DataLoader;

namespace ProfD.Schema.Loading;

/// <summary>A data loader result that is already known, for branches that need no fetch (such as an ID of another node).</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class LoadedResult<T>(T value) : IDataLoaderResult<T>
{
    /// <inheritdoc />
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
