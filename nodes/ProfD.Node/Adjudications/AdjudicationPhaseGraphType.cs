using GraphQL.Types;

namespace ProfD.Node.Adjudications;

internal sealed class AdjudicationPhaseGraphType : EnumerationGraphType<AdjudicationPhase>
{
    public AdjudicationPhaseGraphType()
    {
        Name = "AdjudicationPhase";
        Description = "AWAITING_REPORTS → AWAITING_JOINT_REPORT → (AWAITING_CORRECTIONS →) AWAITING_CONFIRMATION → DECIDED.";
    }
}
