using GraphQL.Types;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionStatusGraphType : EnumerationGraphType<InstitutionStatus>
{
    public InstitutionStatusGraphType()
    {
        Name = "InstitutionStatus";
        Description = "ACTIVE nodes are harvested and routed to; SUSPENDED ones are not, for now; LEFT is final.";
    }
}
