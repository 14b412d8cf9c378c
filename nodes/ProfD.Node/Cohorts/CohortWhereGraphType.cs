using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Node.Cohorts;

internal sealed class CohortWhereGraphType : InputObjectGraphType<CohortWhere>
{
    public CohortWhereGraphType()
    {
        Name = "CohortWhere";
        Description = "Conditions on cohorts; all given conditions must hold.";
        Field<IntFilterGraphType>("intakeYear");
        Field<EnumFilterGraphType<CohortStageGraphType, CohortStage>>("stage");
        Field<IdFilterGraphType>("school").Description("Cohorts one of these schools takes part in.");
        Field<StringGraphType>("search").Description("Text in the name, ignoring case.");
    }
}
