using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>
/// One entry of an <c>orderBy</c> argument, for example <c>SchoolOrder { field: SchoolOrderField!, direction: SortDirection }</c>.
/// </summary>
/// <typeparam name="TFieldEnum">The entity's sort-field enum graph type, named <c>{Entity}OrderField</c>.</typeparam>
public sealed class OrderByGraphType<TFieldEnum> : InputObjectGraphType<OrderBy>
    where TFieldEnum : EnumerationGraphType
{
    /// <summary>Declares the fields.</summary>
    public OrderByGraphType()
    {
        var enumName = GraphTypeNames.Of<TFieldEnum>();
        Name = enumName.EndsWith("Field", StringComparison.Ordinal) ? enumName[..^"Field".Length] : enumName + "Order";
        Field<NonNullGraphType<TFieldEnum>>("field").Description("The field to order by.");
        Field<SortDirectionGraphType>("direction").DefaultValue(SortDirection.Asc).Description("ASC unless given.");
    }
}
