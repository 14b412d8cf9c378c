using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Candidates;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;

namespace ProfD.Node.Awards;

internal sealed class AwardGraphType : ObjectGraphType<Award>
{
    public AwardGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Award", a => a.Id, institution);
        this.ShowTo(NodeAccess.Anyone);
        Description = "The title granted to a candidate for their exhibition.";
        Field<CandidateGraphType, Candidate>("candidate")
            .LoadWith<Award, Candidate, EntityLoader>((ctx, load) => load.ById<Candidate>(ctx.Source.CandidateId));
        Field<ExhibitionGraphType, Exhibition>("exhibition")
            .Description("The exhibition the title was awarded for.")
            .LoadWith<Award, Exhibition, EntityLoader>((ctx, load) => load.ById<Exhibition>(ctx.Source.ExhibitionId));
        Field(a => a.Title).Description("The title granted, for example \"Prof.D\".");
        Field(a => a.AwardedAt);
        Field<NonNullGraphType<BooleanGraphType>>("revoked")
            .Description("Whether the award has been revoked.")
            .Resolve(ctx => ctx.Source.RevokedAt is not null);
        Field(a => a.RevokedAt, nullable: true).Description("When the award was revoked; null while it stands.");
        Field(a => a.RevocationReason, nullable: true).Description("Why the award was revoked; null while it stands.");
        Field(a => a.Credential, nullable: true)
            .Description("The signed verifiable credential (Open Badges 3.0, JSON; see docs/credentials.md). Check it with verifyCredential, "
                + "or offline against this node's /.well-known/jwks.json.");
    }
}
