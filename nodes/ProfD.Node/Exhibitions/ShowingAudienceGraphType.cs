using GraphQL.Types;
using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Exhibitions;

internal sealed class ShowingAudienceGraphType : EnumerationGraphType<ShowingAudience>
{
    public ShowingAudienceGraphType()
    {
        Name = "ShowingAudience";
        Description = "Who a face-to-face showing is for.";
    }
}
