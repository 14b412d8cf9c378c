using GraphQL.Types;

namespace ProfD.Node.Access;

/// <summary>The rules that apply to a field: its own and its type's; null when it has none and must be refused.</summary>
internal static class FieldAccess
{
    // Added by the federation package, not by a feature: the gateway fetches the SDL and entities anonymously.
    private static readonly AccessRule FederationRule = new("anyone (federation)", _ => true);

    public static bool IsFederationPlumbing(string fieldName) => fieldName is "_service" or "_entities";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(IComplexGraphType, FieldType), IReadOnlyList<AccessRule>?> Rules = new();

    /// <summary><see cref="RulesOf"/>, worked out once per field of a schema (rules are fixed when the schema is built).</summary>
    public static IReadOnlyList<AccessRule>? Cached(IComplexGraphType parent, FieldType field, bool isRoot) =>
        Rules.GetOrAdd((parent, field), key => RulesOf(key.Item1, key.Item2, isRoot));

    public static IReadOnlyList<AccessRule>? RulesOf(IComplexGraphType parent, FieldType field, bool isRoot)
    {
        var own = field.FieldRule();
        if (isRoot)
        {
            if (own is not null) return [own];
            return IsFederationPlumbing(field.Name) ? [FederationRule] : null;
        }
        var ofType = parent.TypeRule();
        if (ofType is null) return StructuralTypes.Contains(parent) ? (own is null ? [] : [own]) : null;
        return own is null ? [ofType] : [ofType, own];
    }
}
