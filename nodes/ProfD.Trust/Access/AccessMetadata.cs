using GraphQL.Builders;
using GraphQL.Types;

namespace ProfD.Trust.Access;

/// <summary>
/// Where rules live: a field's own rule, or a type marked public, whose fields are open to whoever reached the object
/// (the field that returned it decided). Anything else is refused.
/// </summary>
internal static class AccessMetadata
{
    private const string RuleKey = "profd.access.rule";
    private const string PublicKey = "profd.access.public";

    /// <summary>Only callers <paramref name="rule"/> allows may resolve this field.</summary>
    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AccessRule rule)
    {
        field.FieldType.Metadata[RuleKey] = rule;
        return field;
    }

    /// <summary>Only callers <paramref name="rule"/> allows may resolve this field.</summary>
    public static FieldType Allow(this FieldType field, AccessRule rule)
    {
        field.Metadata[RuleKey] = rule;
        return field;
    }

    /// <summary>Every field of this type without a rule of its own is open to whoever reached an object of it.</summary>
    public static void MarkPublic(this IGraphType type) => type.Metadata[PublicKey] = true;

    public static AccessRule? RuleOf(FieldType field) => field.Metadata.TryGetValue(RuleKey, out var rule) ? rule as AccessRule : null;

    public static bool IsPublic(IGraphType type) => type.Metadata.ContainsKey(PublicKey);
}
