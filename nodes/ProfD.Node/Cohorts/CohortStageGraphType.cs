using GraphQL.Types;

namespace ProfD.Node.Cohorts;

internal sealed class CohortStageGraphType : EnumerationGraphType<CohortStage>
{
    public CohortStageGraphType()
    {
        Name = "CohortStage";
        Description = "Where a cohort is in the programme.";
    }
}
