using GraphQL.Builders;
using GraphQL.Types;

namespace ProfD.Node.Access;

/// <summary>Attaches rules to the schema: <c>field.Allow(rule)</c> on a field, <c>type.ShowTo(rule)</c> on an object type.</summary>
internal static class AccessMetadata
{
    private const string FieldRuleKey = "profd:access:field";
    private const string TypeRuleKey = "profd:access:type";

    /// <summary>Who may resolve this field; on an object type with <see cref="ShowTo"/>, in addition to the type's rule.</summary>
    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AccessRule rule)
    {
        field.FieldType.Allow(rule);
        return field;
    }

    public static FieldType Allow(this FieldType field, AccessRule rule)
    {
        field.Metadata[FieldRuleKey] = rule;
        return field;
    }

    /// <summary>Who may see an object of this type: checked on each of its fields, and on each row of a list holding it.</summary>
    public static void ShowTo(this IComplexGraphType type, AccessRule rule) => type.Metadata[TypeRuleKey] = rule;

    public static AccessRule? FieldRule(this FieldType field) => field.GetMetadata<AccessRule?>(FieldRuleKey);

    public static AccessRule? TypeRule(this IGraphType type) => type.GetMetadata<AccessRule?>(TypeRuleKey);
}
