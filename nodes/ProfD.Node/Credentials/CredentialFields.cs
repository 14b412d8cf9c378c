using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;

namespace ProfD.Node.Credentials;

/// <summary>The root fields of the Credentials feature.</summary>
internal static class CredentialFields
{
    public static void AddCredentialQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<CredentialVerificationGraphType>, CredentialVerification>("verifyCredential")
            .Description("Checks a credential (the JSON of Award.credential) against this node's published keys (/.well-known/jwks.json), "
                + "and whether the award has since been revoked.")
            .Argument<NonNullGraphType<StringGraphType>>("credential")
            .ResolveWith<object?, CredentialVerification, CredentialVerifications>((ctx, v) => v.VerifyAsync(ctx.GetArgument<string>("credential"), ctx.CancellationToken)!);
}
