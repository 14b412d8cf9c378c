using GraphQL.Types;

namespace ProfD.Node.Adjudications;

internal sealed class RecommendationGraphType : EnumerationGraphType<Recommendation>
{
    public RecommendationGraphType()
    {
        Name = "Recommendation";
        Description = "What adjudicators recommend, and what is finally decided: PASS, MINOR_CORRECTIONS, MAJOR_CORRECTIONS, RESUBMIT or FAIL.";
    }
}
