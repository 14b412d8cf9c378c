using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionStatusGraphType : EnumerationGraphType<ExhibitionStatus>
{
    public ExhibitionStatusGraphType()
    {
        Name = "ExhibitionStatus";
        Description = "DRAFT → SUBMITTED → UNDER_ADJUDICATION → ADJUDGED → PUBLISHED, and WITHDRAWN once published.";
    }
}
