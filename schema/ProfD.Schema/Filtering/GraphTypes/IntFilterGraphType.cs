using GraphQL.Types;

namespace ProfD.Schema.Filtering.GraphTypes;

/// <summary>The <c>IntFilter</c> input.</summary>
public sealed class IntFilterGraphType : InputObjectGraphType<IntFilter>
{
    /// <summary>Declares the fields.</summary>
    public IntFilterGraphType()
    {
        Name = "IntFilter";
        Description = "Conditions on a whole-number field; all given conditions must hold.";
        Field(x => x.Eq, nullable: true).Description("Exactly this value.");
        Field(x => x.In, nullable: true).Description("One of these values.");
        Field(x => x.Gte, nullable: true).Description("At least this value.");
        Field(x => x.Lte, nullable: true).Description("At most this value.");
    }
}
