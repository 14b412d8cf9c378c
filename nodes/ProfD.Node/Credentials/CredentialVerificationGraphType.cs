using GraphQL.Types;

namespace ProfD.Node.Credentials;

internal sealed class CredentialVerificationGraphType : ObjectGraphType<CredentialVerification>
{
    public CredentialVerificationGraphType()
    {
        Name = "CredentialVerification";
        Description = "What verifying a credential found.";
        Field<NonNullGraphType<CredentialStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("valid").Description("Whether status is VALID.").Resolve(ctx => ctx.Source.Status == CredentialStatus.Valid);
        Field(v => v.Reason, nullable: true).Description("Why the credential is INVALID or REVOKED; null when VALID.");
        Field(v => v.KeyId, nullable: true).Description("The key the credential says it was signed with.");
        Field<IdGraphType>("awardId").Description("The award the credential is for (its id).").Resolve(ctx => ctx.Source.AwardId);
        Field(v => v.IssuerId, nullable: true).Description("The issuer the credential names.");
        Field(v => v.SubjectName, nullable: true).Description("The person the credential names.");
        Field(v => v.Achievement, nullable: true).Description("The title the credential states.");
        Field(v => v.RevokedAt, nullable: true).Description("When the award was revoked, if it was.");
    }
}
