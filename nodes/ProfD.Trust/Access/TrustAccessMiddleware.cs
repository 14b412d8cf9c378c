using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using ProfD.Schema.Identity;

namespace ProfD.Trust.Access;

/// <summary>
/// The one place the trust's access rules are enforced: before any resolver runs, the field's rule (or its type's
/// public mark) must allow the caller. A field with neither is refused, so a new field is closed until someone
/// decides who may see it.
/// </summary>
internal sealed class TrustAccessMiddleware(TrustAccessPolicy policy) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (policy.PermitsEverything || IsInfrastructure(context)) return next(context);
        var rule = AccessMetadata.RuleOf(context.FieldDefinition);
        if (rule is null)
            return IsRoot(context.ParentType) || !AccessMetadata.IsPublic(context.ParentType) ? Refuse(context, null) : next(context);
        return rule.IsOpen ? next(context) : CheckAsync(rule, context, next);
    }

    private static async ValueTask<object?> CheckAsync(AccessRule rule, IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var caller = FederationCaller.From(context.User);
        if (!await rule.AllowsAsync(caller, context).ConfigureAwait(false)) throw Refusal(caller, context, rule);
        return await next(context).ConfigureAwait(false);
    }

    private static ValueTask<object?> Refuse(IResolveFieldContext context, AccessRule? rule) =>
        ValueTask.FromException<object?>(Refusal(FederationCaller.From(context.User), context, rule));

    private static AccessDeniedException Refusal(FederationCaller caller, IResolveFieldContext context, AccessRule? rule) =>
        AccessDeniedException.For(caller, rule is null
            ? $"read '{context.ParentType.Name}.{context.FieldDefinition.Name}': no rule opens it"
            : $"use '{context.FieldDefinition.Name}': it needs {rule.Needs}");

    private static bool IsRoot(IObjectGraphType type) => type.Name is "Query" or "Mutation" or "Subscription";

    // Introspection and the federation's own fields (_service, _entities, _Service.sdl) answer the gateway, not people.
    private static bool IsInfrastructure(IResolveFieldContext context) =>
        context.ParentType.Name.StartsWith('_') || context.FieldDefinition.Name.StartsWith('_');
}
