using GraphQL.Types;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectInputGraphType : InputObjectGraphType<ResearchProjectInput>
{
    public ResearchProjectInputGraphType()
    {
        Name = "ResearchProjectInput";
        Description = "A research project's details. Creating needs candidateId, title and question; updating changes only the fields given "
            + "(an empty string clears an optional text).";
        Field<IdGraphType>("candidateId").Description("The candidate whose research it is (only when creating).");
        Field<StringGraphType>("title");
        Field<StringGraphType>("question").Description("The research question.");
        Field<StringGraphType>("hypothesis");
        Field<StringGraphType>("method");
        Field<StringGraphType>("context").Description("The school and class where the research happens.");
        Field<StringGraphType>("pupilsAgeRange").Description("The pupils' ages, for example \"9-11\".");
        Field<StringGraphType>("setting").Description("The setting, for example \"a mixed-attainment class of thirty\".");
        Field<EthicsApprovalInputGraphType>("ethicsApproval").Description("Needed before the project becomes ACTIVE.");
        Field<StringGraphType>("findings").Description("Needed before the project becomes CONCLUDED.");
        Field<StringGraphType>("conclusionsForPractice");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("provocationIds")
            .Description("Global IDs of the trust's provocations the project answers, for example trust:Provocation:01J….");
    }
}
