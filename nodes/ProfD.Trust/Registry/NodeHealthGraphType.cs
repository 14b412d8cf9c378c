using GraphQL.Types;
using ProfD.Trust.Access;

namespace ProfD.Trust.Registry;

internal sealed class NodeHealthGraphType : ObjectGraphType<NodeHealth>
{
    public NodeHealthGraphType()
    {
        this.MarkPublic();
        Name = "NodeHealth";
        Description = "What the trust last learnt by asking the node who it is.";
        Field(h => h.Reachable).Description("The node answered the last check as a ProfD node.");
        Field(h => h.SchemaVersion, nullable: true).Description("The node contract version the node says it serves.");
        Field(h => h.Compatible).Description("The node's SDL provides all of the trust's copy of schema/node.graphql.");
        Field(h => h.Incompatibility, nullable: true).Description("What the node's SDL lacks, when it is not compatible.");
        Field(h => h.LastSeenAt, nullable: true).Description("When the node last answered a check.");
        Field(h => h.LastCheckedAt, nullable: true).Description("When the trust last checked the node.");
        Field(h => h.LastError, nullable: true).Description("Why the last check failed; null when it did not.");
    }
}
