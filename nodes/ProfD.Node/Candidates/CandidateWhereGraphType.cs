using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Node.Candidates;

internal sealed class CandidateWhereGraphType : InputObjectGraphType<CandidateWhere>
{
    public CandidateWhereGraphType()
    {
        Name = "CandidateWhere";
        Description = "Conditions on candidates; all given conditions must hold.";
        Field<EnumFilterGraphType<CandidateStageGraphType, CandidateStage>>("stage");
        Field<IdFilterGraphType>("cohort");
        Field<IdFilterGraphType>("school").Description("The candidate's school (the teacher's).");
        Field<IntFilterGraphType>("intakeYear").Description("The intake year of the candidate's cohort.");
        Field<StringGraphType>("search").Description("Text in the teacher's name, ignoring case.");
    }
}
