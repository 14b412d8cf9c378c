using GraphQL.Types;

namespace ProfD.Node.Research;

internal sealed class EthicsApprovalInputGraphType : InputObjectGraphType<EthicsApprovalInput>
{
    public EthicsApprovalInputGraphType()
    {
        Name = "EthicsApprovalInput";
        Description = "Who approved a project's ethics, when and under which reference.";
        Field<NonNullGraphType<StringGraphType>>("approvedBy").Description("The committee or person, for example \"UCL IOE Research Ethics Committee\".");
        Field<DateTimeGraphType>("approvedAt").Description("When; not in the future.");
        Field<StringGraphType>("reference").Description("The approval's reference number.");
    }
}
