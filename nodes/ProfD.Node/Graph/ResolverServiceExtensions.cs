using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using ProfD.Schema.Loading;

namespace ProfD.Node.Graph;

/// <summary>
/// Resolvers that receive a request-scoped service as an argument. GraphQL.NET 8's code-first API has no injection
/// into resolvers, so the one lookup lives here and resolvers stay one line that calls a service.
/// </summary>
internal static class ResolverServiceExtensions
{
    public static FieldBuilder<TSource, TReturn> ResolveWith<TSource, TReturn, TService>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext<TSource>, TService, Task<TReturn?>> resolve)
        where TService : notnull =>
        field.ResolveAsync(ctx => resolve(ctx, ctx.RequestServices!.GetRequiredService<TService>()));

    /// <summary>A resolver that queues a batched load; GraphQL.NET completes it once the whole level is queued.</summary>
    public static FieldBuilder<TSource, TReturn> LoadWith<TSource, TReturn, TService>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext<TSource>, TService, IDataLoaderResult> resolve)
        where TService : notnull =>
        field.Resolve(new FuncFieldResolver<TSource, IDataLoaderResult>(ctx => resolve(ctx, ctx.RequestServices!.GetRequiredService<TService>())));

    /// <summary>
    /// A mutation resolver: forgets what this request has loaded so far (so the fields read after the write see it),
    /// then calls the feature's mutation service.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> MutateWith<TSource, TReturn, TService>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext<TSource>, TService, Task<TReturn?>> resolve)
        where TService : notnull =>
        field.ResolveAsync(ctx =>
        {
            ctx.RequestServices!.GetRequiredService<BatchLoaderRegistry>().Clear();
            return resolve(ctx, ctx.RequestServices!.GetRequiredService<TService>());
        });
}
