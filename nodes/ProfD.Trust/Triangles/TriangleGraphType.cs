using GraphQL.Types;
using ProfD.Schema.Loading;
using ProfD.Trust.Access;
using ProfD.Trust.Federation;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;
using ProfD.Trust.Nations;

namespace ProfD.Trust.Triangles;

internal sealed class TriangleGraphType : ObjectGraphType<Triangle>
{
    public TriangleGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        this.DeclareTrustEntity("Triangle", t => t.Id, trust);
        Description = "Three schools in partnership: two in DEVELOPED economies in two nations, one in a DEVELOPING economy.";
        Field(t => t.Name);
        Field<NonNullGraphType<TriangleStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(t => t.FormedAt);
        Field(t => t.DissolvedAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("schoolIds")
            .Description("The schools' global IDs, in order.")
            .Resolve(ctx => ctx.Source.Schools.OrderBy(s => s.Position).Select(s => s.SchoolId).ToList());
        Field<NonNullGraphType<ListGraphType<SchoolGraphType>>>("schools")
            .Description("The schools, resolved by their home nodes through the gateway.")
            .Resolve(ctx => ctx.Source.Schools.OrderBy(s => s.Position).Select(s => new SchoolReference(s.SchoolId)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriangleMemberGraphType>>>, IReadOnlyList<TriangleMember>>("members")
            .Description("The schools as the trust's directory knows them.")
            .LoadWith<Triangle, IReadOnlyList<TriangleMember>, TriangleLoader>((ctx, load) => load.MembersOf(ctx.Source));
        Field<NonNullGraphType<BooleanGraphType>, bool>("complete")
            .Description("Active, with all three schools still in the directory and their institutions active.")
            .LoadWith<Triangle, bool, TriangleLoader>((ctx, load) => load.IsComplete(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriangleActivityGraphType>>>, IReadOnlyList<TriangleActivity>>("activities")
            .Description("The partnership log, earliest first.")
            .LoadWith<Triangle, IReadOnlyList<TriangleActivity>, EntityLoader>((ctx, load) => load.ChildrenOf<TriangleActivity>(a => a.TriangleId, ctx.Source.Id)
                .Then(list => (IReadOnlyList<TriangleActivity>)list.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToList()));
    }
}

internal sealed record TriangleMember(string SchoolId, DirectorySchool? School, bool InstitutionActive);

internal sealed class TriangleMemberGraphType : ObjectGraphType<TriangleMember>
{
    public TriangleMemberGraphType()
    {
        this.MarkPublic();
        Name = "TriangleMember";
        Description = "A school of a triangle, as the trust's harvested directory knows it; the details are null if the directory lost it.";
        Field<NonNullGraphType<IdGraphType>>("schoolId").Resolve(ctx => ctx.Source.SchoolId);
        Field<NonNullGraphType<StringGraphType>>("homeInstitution").Resolve(ctx => ctx.Source.SchoolId.Split(':')[0]);
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source.School?.Name);
        Field<StringGraphType>("nation").Resolve(ctx => ctx.Source.School?.Nation);
        Field<EconomyGraphType>("economy").Resolve(ctx => ctx.Source.School?.Economy);
        Field<StringGraphType>("city").Resolve(ctx => ctx.Source.School?.City);
        Field<NonNullGraphType<BooleanGraphType>>("institutionActive").Resolve(ctx => ctx.Source.InstitutionActive);
    }
}

internal sealed class TriangleActivityGraphType : ObjectGraphType<TriangleActivity>
{
    public TriangleActivityGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "TriangleActivity";
        Description = "A dated entry in a triangle's partnership log.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("TriangleActivity", ctx.Source.Id));
        Field<NonNullGraphType<TriangleActivityKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(a => a.OccurredAt);
        Field(a => a.Summary);
        Field<IdGraphType>("exhibitionId").Resolve(ctx => ctx.Source.ExhibitionId);
        Field(a => a.RecordedAt);
    }
}
