using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionInputGraphType : InputObjectGraphType<ExhibitionInput>
{
    public ExhibitionInputGraphType()
    {
        Name = "ExhibitionInput";
        Description = "An exhibition's content. Only the fields given change; sections, when given, replace all sections in the order given; "
            + "an empty string clears an optional text.";
        Field<StringGraphType>("title");
        Field<StringGraphType>("abstract");
        Field<StringGraphType>("researchQuestion");
        Field<ListGraphType<NonNullGraphType<ExhibitionSectionInputGraphType>>>("sections");
        Field<StringGraphType>("findings");
        Field<StringGraphType>("conclusionsForPractice");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages");
        Field<StringGraphType>("licence").Description("An SPDX identifier; CC-BY-4.0 unless another is given.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("provocationIds").Description("Global IDs of the trust's provocations the exhibition answers.");
    }
}
