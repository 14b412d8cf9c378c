using System.Collections;
using GraphQL.DataLoader;
using GraphQL.Types;
using ProfD.Schema.Identity;
using ProfD.Schema.Paging;

namespace ProfD.Node.Access;

/// <summary>Keeps what the caller may see of a field's result: rows of lists and connections; a single object or nothing.</summary>
internal static class VisibleResults
{
    public static async ValueTask<object?> FilterAsync(object? result, IGraphType type, AccessCheck check, bool refuse)
    {
        switch (result)
        {
            case null:
                return null;
            case IDataLoaderResult pending:
                return new FilteredResult(pending, loaded => FilterAsync(loaded, type, check, refuse));
        }
        var unwrapped = Unwrap(type);
        if (unwrapped is ListGraphType list && result is IEnumerable items and not string)
            return await FilterListAsync(items, Unwrap(list.ResolvedType!), check);
        if (result.GetType() is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(Connection<>)
            && unwrapped is IComplexGraphType connection && connection.GetField("nodes")?.ResolvedType is { } nodes
            && Unwrap(nodes) is ListGraphType nodeList)
        {
            var method = typeof(VisibleResults).GetMethod(nameof(FilterConnectionAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
            return await (Task<object>)method.MakeGenericMethod(generic.GetGenericArguments()[0]).Invoke(null, [result, Unwrap(nodeList.ResolvedType!), check])!;
        }
        if (await IsVisibleAsync(unwrapped, result, check)) return result;
        if (refuse) throw AccessDeniedException.For(check.Caller, $"see this {NameOf(unwrapped, result)}");
        return null;
    }

    private static async Task<object> FilterListAsync(IEnumerable items, IGraphType element, AccessCheck check)
    {
        var all = items.Cast<object?>().ToList();
        var kept = new List<object?>(all.Count);
        foreach (var item in all)
        {
            if (item is null || await IsVisibleAsync(element, item, check)) kept.Add(item);
        }
        return kept.Count == all.Count ? items : kept;
    }

    private static async Task<object> FilterConnectionAsync<T>(Connection<T> connection, IGraphType element, AccessCheck check)
    {
        var kept = new List<Edge<T>>(connection.Edges.Count);
        foreach (var edge in connection.Edges)
        {
            if (edge.Node is null || await IsVisibleAsync(element, edge.Node, check)) kept.Add(edge);
        }
        if (kept.Count == connection.Edges.Count) return connection;
        // The count of rows the caller may see is not known without reading them all; this page's is all that is safe to say.
        return new Connection<T>(kept, connection.PageInfo, _ => Task.FromResult(kept.Count));
    }

    private static ValueTask<bool> IsVisibleAsync(IGraphType type, object item, AccessCheck check)
    {
        var rule = ObjectTypeOf(type, item)?.TypeRule();
        return rule is null ? ValueTask.FromResult(true) : rule.AllowsAsync(check.With(item));
    }

    private static IObjectGraphType? ObjectTypeOf(IGraphType type, object item) => type switch
    {
        IObjectGraphType objectType => objectType,
        IAbstractGraphType abstractType => abstractType.PossibleTypes.FirstOrDefault(t => t.IsTypeOf?.Invoke(item) == true),
        _ => null,
    };

    private static string NameOf(IGraphType type, object item) => ObjectTypeOf(type, item)?.Name ?? type.Name;

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    private sealed class FilteredResult(IDataLoaderResult inner, Func<object?, ValueTask<object?>> filter) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await filter(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
