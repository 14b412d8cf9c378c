using GraphQL.Types;

namespace ProfD.Schema.Filtering.GraphTypes;

/// <summary>The <c>StringFilter</c> input.</summary>
public sealed class StringFilterGraphType : InputObjectGraphType<StringFilter>
{
    /// <summary>Declares the fields.</summary>
    public StringFilterGraphType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text field; all given conditions must hold.";
        Field(x => x.Eq, nullable: true).Description("Exactly this value.");
        Field(x => x.In, nullable: true).Description("One of these values.");
        Field(x => x.Contains, nullable: true).Description("Contains this text, ignoring case.");
    }
}
