using GraphQL.Types;

namespace ProfD.Node.Cohorts;

internal sealed class CohortInputGraphType : InputObjectGraphType<CohortInput>
{
    public CohortInputGraphType()
    {
        Name = "CohortInput";
        Description = "A cohort's details. Creating needs name, intakeYear and at least one school; updating changes only the fields given.";
        Field<StringGraphType>("name");
        Field<IntGraphType>("intakeYear");
        Field<CohortStageGraphType>("stage").Description("FORMING when a cohort is created without one.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("schoolIds").Description("Schools of this institution; replaces the list when updating.");
    }
}
