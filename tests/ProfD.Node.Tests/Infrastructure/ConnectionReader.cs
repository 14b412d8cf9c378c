namespace ProfD.Node.Tests.Infrastructure;

/// <summary>Reads a list field (a connection) of a node: one filtered page, or every page in turn.</summary>
internal static class ConnectionReader
{
    /// <summary>The IDs of every row matching <paramref name="where"/> (at most 100), sorted ordinally; checks totalCount agrees.</summary>
    public static async Task<List<string>> IdsAsync(NodeAppFactory node, string field, string where)
    {
        var connection = (await node.QueryAsync($"{{ {field}(first: 100, where: {where}) {{ totalCount nodes {{ id }} }} }}")).GetProperty(field);
        var ids = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, connection.GetProperty("totalCount").GetInt32());
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>The total and the IDs of the first page of <paramref name="first"/> rows matching <paramref name="where"/>.</summary>
    public static async Task<(int TotalCount, List<string> Ids)> FirstPageAsync(NodeAppFactory node, string field, string where, int first)
    {
        var connection = (await node.QueryAsync($"{{ {field}(first: {first}, where: {where}) {{ totalCount nodes {{ id }} }} }}")).GetProperty(field);
        return (connection.GetProperty("totalCount").GetInt32(), [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)]);
    }

    /// <summary>
    /// Walks every page of <paramref name="pageSize"/> rows in the order <paramref name="orderBy"/> (null: the default
    /// order), checking that totalCount is <paramref name="total"/> on every page; the IDs in the order seen, and how many pages.
    /// </summary>
    public static async Task<(List<string> Ids, int Pages)> WalkAsync(NodeAppFactory node, string field, int pageSize, string? orderBy, int total)
    {
        var order = orderBy is null ? "" : $", orderBy: {orderBy}";
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = (await node.QueryAsync(
                $"query($after: String) {{ {field}(first: {pageSize}, after: $after{order}) {{ totalCount edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after })).GetProperty(field);
            Assert.Equal(total, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            pages++;
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
            Assert.True(pages < 100, "paging did not end");
        }
        return (seen, pages);
    }

    /// <summary>The order a connection promises: <paramref name="keys"/> in turn, then the ID ascending (ordinal for text).</summary>
    public static IEnumerable<T> Ordered<T>(IEnumerable<T> rows, Func<T, string> id, params (Func<T, IComparable> Key, bool Descending)[] keys)
    {
        var comparer = Comparer<IComparable>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : a.CompareTo(b));
        IOrderedEnumerable<T>? sorted = null;
        foreach (var (key, descending) in keys)
        {
            sorted = sorted is null
                ? descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer)
                : descending ? sorted.ThenByDescending(key, comparer) : sorted.ThenBy(key, comparer);
        }
        return sorted is null ? rows.OrderBy(id, StringComparer.Ordinal) : sorted.ThenBy(id, StringComparer.Ordinal);
    }

    /// <summary>IDs sorted ordinally, to compare with <see cref="IdsAsync"/>.</summary>
    public static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}
