using GraphQL.Types;

namespace ProfD.Node.Research;

internal sealed class EthicsApprovalGraphType : ObjectGraphType<EthicsApproval>
{
    public EthicsApprovalGraphType()
    {
        Name = "EthicsApproval";
        Field(e => e.ApprovedBy);
        Field(e => e.ApprovedAt, nullable: true);
        Field(e => e.Reference, nullable: true);
    }
}
