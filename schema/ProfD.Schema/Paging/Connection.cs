namespace ProfD.Schema.Paging;

/// <summary>One page of a list, the Relay way.</summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed class Connection<T>
{
    private readonly Func<CancellationToken, Task<int>> _count;
    private Task<int>? _counted;

    /// <summary>Creates a page; <paramref name="count"/> runs only if a client asks for <c>totalCount</c>.</summary>
    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _count = count;
    }

    /// <summary>The rows of the page with their cursors.</summary>
    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The rows of the page.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>Where the page sits in the list.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>How many rows match the filter in all pages; counted once, on first use.</summary>
    public Task<int> TotalCountAsync(CancellationToken cancellationToken) => _counted ??= _count(cancellationToken);
}

/// <summary>A row and the cursor that resumes after it.</summary>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>Where a page sits: whether more follow, and the cursors at its ends.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
