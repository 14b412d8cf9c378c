using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using ProfD.Schema.Identity;

namespace ProfD.Node.Access;

/// <summary>
/// The one place the node's rules are enforced: before a field resolves, its rule and its type's rule must allow the
/// caller (a root field or an object type without a rule is refused: fail closed); after, lists keep only what the caller
/// may see, and a root lookup of something hidden is refused.
/// </summary>
internal sealed class NodeAccessMiddleware(PermitAllNodeAccess? permitAll = null) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (permitAll is not null || IsIntrospection(context)) return await next(context);
        var services = context.RequestServices ?? throw new InvalidOperationException("The node's rules need the request's services.");
        var relations = services.GetRequiredService<CallerRelations>();
        var caller = await relations.CallerAsync(context.User, context.CancellationToken);
        var check = new AccessCheck(caller, relations, context.Source, context, services);
        var isRoot = context.ParentType == context.Schema.Query || context.ParentType == context.Schema.Mutation;

        var rules = FieldAccess.Cached(context.ParentType, context.FieldDefinition, isRoot) ?? throw Refusal(context, caller);
        foreach (var rule in rules)
        {
            if (!await rule.AllowsAsync(check)) throw Refusal(context, caller);
        }

        var result = await next(context);
        // Entities the gateway resolves keep their own field rules; the list itself is the gateway's plumbing.
        if (isRoot && FieldAccess.IsFederationPlumbing(context.FieldDefinition.Name)) return result;
        return await VisibleResults.FilterAsync(result, context.FieldDefinition.ResolvedType!, check, refuse: isRoot);
    }

    private static AccessDeniedException Refusal(IResolveFieldContext context, FederationCaller caller) => AccessDeniedException.For(caller,
        context.ParentType == context.Schema.Mutation ? $"run {context.FieldDefinition.Name}" : $"read {context.ParentType.Name}.{context.FieldDefinition.Name}");

    private static bool IsIntrospection(IResolveFieldContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
