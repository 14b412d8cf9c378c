using GraphQL.Types;

namespace ProfD.Node.Candidates;

internal sealed class CandidateStageGraphType : EnumerationGraphType<CandidateStage>
{
    public CandidateStageGraphType()
    {
        Name = "CandidateStage";
        Description = "ENROLLED → RESEARCHING → EXHIBITING → AWARDED, or WITHDRAWN before the award.";
    }
}
