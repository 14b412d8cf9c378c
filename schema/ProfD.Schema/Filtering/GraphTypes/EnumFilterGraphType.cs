using GraphQL.Types;
using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Schema.Filtering.GraphTypes;

/// <summary>Conditions on an enum field, named after the enum, for example <c>EconomyFilter</c>.</summary>
/// <typeparam name="TEnumGraphType">The enum's graph type.</typeparam>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class EnumFilterGraphType<TEnumGraphType, TEnum> : InputObjectGraphType<EnumFilter<TEnum>>
    where TEnumGraphType : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Declares the fields.</summary>
    public EnumFilterGraphType()
    {
        Name = $"{GraphTypeNames.Of<TEnumGraphType>()}Filter";
        Description = "Conditions on an enum field; all given conditions must hold.";
        Field<TEnumGraphType>("eq").Description("Exactly this value.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("One of these values.");
    }
}
