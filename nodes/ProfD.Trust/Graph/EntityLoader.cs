using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using ProfD.Schema.Loading;

namespace ProfD.Trust.Graph;

/// <summary>
/// Batched reads for resolvers: every entity by key, and every child list by parent key, each one SQL statement per
/// level of the query however many parents there are.
/// </summary>
internal sealed class EntityLoader(TrustDbContext db, BatchLoaderRegistry loaders, TrustProfile institution)
{
    /// <summary>
    /// The entity a client names by global ID: null when the ID belongs to another institution or names nothing here.
    /// </summary>
    public IDataLoaderResult<T?> Lookup<T>(string? globalId, string typeName, string argument = "id")
        where T : class
    {
        var key = institution.LocalKeyOf(globalId, typeName, argument);
        return key is null ? new LoadedResult<T?>(null) : ById<T>(key);
    }

    private static readonly ConcurrentDictionary<Type, Func<object, string>> KeyReaders = new();
    private static readonly ConcurrentDictionary<(Type, string), Delegate> KeySelectors = new();

    /// <summary>The entity of type <typeparamref name="T"/> with local key <paramref name="key"/>, or null.</summary>
    public IDataLoaderResult<T?> ById<T>(string key)
        where T : class =>
        loaders.GetOrAdd<string, T?>($"{typeof(T).Name}.byId", async (keys, ct) =>
        {
            var rows = await db.Set<T>().AsNoTracking()
                .Where(e => keys.Contains(EF.Property<string>(e, "Id")))
                .ToListAsync(ct);
            return rows.ToDictionary(KeyOf, e => (T?)e);
        }).LoadAsync(key);

    /// <summary>
    /// The <typeparamref name="TChild"/> rows whose <paramref name="parentKey"/> is <paramref name="parent"/>, in key
    /// (creation) order.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<TChild>> ChildrenOf<TChild>(Expression<Func<TChild, string>> parentKey, string parent)
        where TChild : class
    {
        var name = $"{typeof(TChild).Name}.by.{((MemberExpression)parentKey.Body).Member.Name}";
        var readParent = Compiled(parentKey);
        return loaders.GetOrAdd<string, IReadOnlyList<TChild>>(name, async (keys, ct) =>
        {
            var rows = await db.Set<TChild>().AsNoTracking()
                .Where(ContainsKey(parentKey, keys))
                .OrderBy(e => EF.Property<string>(e, "Id"))
                .ToListAsync(ct);
            return rows.GroupBy(readParent).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)g.ToList());
        }, _ => []).LoadAsync(parent);
    }

    /// <summary>
    /// A many-to-many list: the <typeparamref name="TTarget"/> rows joined to <paramref name="parent"/> through
    /// <typeparamref name="TLink"/> rows.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<TTarget>> Linked<TLink, TTarget>(
        Expression<Func<TLink, string>> parentKey,
        Expression<Func<TLink, string>> targetKey,
        string parent)
        where TLink : class
        where TTarget : class
    {
        var name = $"{typeof(TTarget).Name}.via.{typeof(TLink).Name}.{((MemberExpression)parentKey.Body).Member.Name}";
        var readParent = Compiled(parentKey);
        var readTarget = Compiled(targetKey);
        return loaders.GetOrAdd<string, IReadOnlyList<TTarget>>(name, async (keys, ct) =>
        {
            var links = db.Set<TLink>().Where(ContainsKey(parentKey, keys));
            var pairs = await links
                .Join(db.Set<TTarget>(), targetKey, t => EF.Property<string>(t, "Id"), (l, t) => new { Link = l, Target = t })
                .AsNoTracking()
                .ToListAsync(ct);
            return pairs
                .OrderBy(p => readTarget(p.Link), StringComparer.Ordinal)
                .GroupBy(p => readParent(p.Link))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<TTarget>)g.Select(p => p.Target).ToList());
        }, _ => []).LoadAsync(parent);
    }

    private static Expression<Func<T, bool>> ContainsKey<T>(Expression<Func<T, string>> key, IReadOnlyList<string> keys)
    {
        var list = keys.ToList();
        Expression<Func<List<string>>> holder = () => list;
        var contains = Expression.Call(holder.Body, typeof(List<string>).GetMethod(nameof(List<string>.Contains))!, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    // Resolvers call the loader once per parent row: compiling the key selector each time cost more than the SQL.
    private static Func<T, string> Compiled<T>(Expression<Func<T, string>> key) =>
        (Func<T, string>)KeySelectors.GetOrAdd((typeof(T), ((MemberExpression)key.Body).Member.Name), _ => key.Compile());

    private static string KeyOf(object entity) =>
        KeyReaders.GetOrAdd(entity.GetType(), type =>
        {
            var property = type.GetProperty("Id") ?? throw new InvalidOperationException($"{type.Name} has no Id.");
            return e => (string)property.GetValue(e)!;
        })(entity);
}
