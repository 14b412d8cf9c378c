using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Filtering;
using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;
using ProfD.Trust.Access;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Nations;

namespace ProfD.Trust.Triangles;

internal sealed class DirectorySchoolWhere
{
    public StringFilter? Nation { get; set; }
    public EnumFilter<Economy>? Economy { get; set; }
    public StringFilter? Institution { get; set; }
    public string? Search { get; set; }
}

internal static class DirectorySchoolSorting
{
    public static readonly SortCatalog<DirectorySchool> Catalog = new(
        s => s.Id,
        [OrderBy.Asc("NAME")],
        SortField<DirectorySchool>.Create("NAME", s => s.Name),
        SortField<DirectorySchool>.Create("NATION", s => s.Nation));
}

internal sealed class DirectorySchoolOrderFieldGraphType() : SortFieldGraphType<DirectorySchool>(DirectorySchoolSorting.Catalog, "Fields the school directory can be ordered by.");

internal sealed class DirectorySchoolWhereGraphType : InputObjectGraphType<DirectorySchoolWhere>
{
    public DirectorySchoolWhereGraphType()
    {
        Name = "DirectorySchoolWhere";
        Description = "Conditions on the school directory; all given must hold.";
        Field<ProfD.Schema.Filtering.GraphTypes.StringFilterGraphType>("nation");
        Field<ProfD.Schema.Filtering.GraphTypes.EnumFilterGraphType<EconomyGraphType, Economy>>("economy");
        Field<ProfD.Schema.Filtering.GraphTypes.StringFilterGraphType>("institution").Description("Home institution codes.");
        Field<StringGraphType>("search").Description("Text in the name or city, ignoring case.");
    }
}

internal sealed class DirectorySchoolGraphType : ObjectGraphType<DirectorySchool>
{
    public DirectorySchoolGraphType()
    {
        this.MarkPublic();
        Name = "DirectorySchool";
        Description = "A school in the trust's directory, harvested from its home node.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The school's global ID at its home node.").Resolve(ctx => ctx.Source.Id);
        Field(s => s.HomeInstitution);
        Field(s => s.Name);
        Field(s => s.Nation);
        Field<NonNullGraphType<EconomyGraphType>>("economy").Resolve(ctx => ctx.Source.Economy);
        Field(s => s.City, nullable: true);
        Field(s => s.HarvestedAt);
        Field<NonNullGraphType<LongGraphType>>("sourceSequence").Resolve(ctx => ctx.Source.SourceSequence);
        Field<TriangleGraphType, Triangle>("triangle").Description("The active triangle the school is in; null if none.")
            .LoadWith<DirectorySchool, Triangle, TriangleLoader>((ctx, load) => load.ActiveTriangleOf(ctx.Source.Id));
    }
}

internal sealed class SchoolDirectoryQueries(TrustDbContext db)
{
    public Task<Connection<DirectorySchool>> ListAsync(DirectorySchoolWhere? where, IReadOnlyList<OrderBy>? orderBy, PageRequest page, CancellationToken ct) =>
        db.Set<DirectorySchool>().AsNoTracking()
            .Where(s => s.Nation, where?.Nation)
            .Where(s => s.Economy, where?.Economy)
            .Where(s => s.HomeInstitution, where?.Institution)
            .Search(where?.Search, s => s.Name, s => s.City!)
            .ToConnectionAsync(DirectorySchoolSorting.Catalog.Resolve(orderBy), page, ct);
}

internal static class SchoolDirectoryFields
{
    public static void AddSchoolDirectoryQueries(this ObjectGraphType query) =>
        query.ConnectionField<DirectorySchoolGraphType, DirectorySchool, DirectorySchoolWhereGraphType, DirectorySchoolOrderFieldGraphType>(
                "schoolDirectory", "Every school of every node, as harvested: what triangles are formed from.").Allow(AccessRules.Anyone)
            .ResolveWith<object?, Connection<DirectorySchool>, SchoolDirectoryQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<DirectorySchoolWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
}
