using GraphQL.Types;

namespace ProfD.Node.Credentials;

internal sealed class CredentialStatusGraphType : EnumerationGraphType<CredentialStatus>
{
    public CredentialStatusGraphType()
    {
        Name = "CredentialStatus";
        Description = "VALID: signed by this node, unchanged, and the award stands. INVALID: not to be trusted (see reason). REVOKED: authentic, but revoked.";
    }
}
