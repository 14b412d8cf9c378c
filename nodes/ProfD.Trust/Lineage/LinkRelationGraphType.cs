using GraphQL.Types;

namespace ProfD.Trust.Lineage;

internal sealed class LinkRelationGraphType : EnumerationGraphType<LinkRelation>
{
    public LinkRelationGraphType()
    {
        Name = "LinkRelation";
        Description = "How a project relates to the earlier work it names.";
    }
}
