using GraphQL;
using ProfD.Schema.Identity;

namespace ProfD.Node.Access;

/// <summary>What a rule decides over: the caller, what they are to this node, the object in hand, and the field's arguments.</summary>
internal sealed class AccessCheck(FederationCaller caller, CallerRelations relations, object? source, IResolveFieldContext? resolving, IServiceProvider services)
{
    public FederationCaller Caller => caller;

    public CallerRelations Relations => relations;

    /// <summary>The object whose field is resolved, or the object to be shown.</summary>
    public object? Source => source;

    public IServiceProvider Services => services;

    public CancellationToken CancellationToken => resolving?.CancellationToken ?? CancellationToken.None;

    /// <summary>This node's institution code.</summary>
    public string Institution => relations.Institution;

    public bool IsMember => caller.IsMemberOf(Institution);

    public bool IsAdmin => caller.AdministersInstitution(Institution);

    public bool IsHarvester => caller.HasRole(FederationRoles.Harvester) || caller.Scopes.Contains(FederationScopes.Harvest);

    /// <summary>The same check over another object (an item of a list, the result of a lookup).</summary>
    public AccessCheck With(object? other) => new(caller, relations, other, resolving, services);

    /// <summary>A GraphQL argument of the field, or null outside GraphQL or when not given.</summary>
    public T? Argument<T>(string name) => resolving is not null && resolving.HasArgument(name) ? resolving.GetArgument<T>(name) : default;

    /// <summary>A field of a GraphQL input object argument, as the client sent it.</summary>
    public string? InputField(string argument, string name)
    {
        if (resolving?.Arguments?.TryGetValue(argument, out var value) != true) return null;
        return value.Value switch
        {
            IDictionary<string, object?> input => input.TryGetValue(name, out var inner) ? inner?.ToString() : null,
            { } input => input.GetType().GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance
                | System.Reflection.BindingFlags.IgnoreCase)?.GetValue(input)?.ToString(),
            _ => null,
        };
    }

    /// <summary>The local key of a global ID argument naming a <paramref name="type"/> of this node; null otherwise.</summary>
    public string? LocalKey(string? globalId, string type) =>
        ProfD.Schema.Ids.GlobalId.TryParse(globalId, out var id) && id.Institution == Institution && id.Type == type ? id.Key : null;
}
