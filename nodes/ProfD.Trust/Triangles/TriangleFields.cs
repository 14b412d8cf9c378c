using GraphQL;
using GraphQL.Types;
using ProfD.Schema.Paging;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Triangles;

internal static class TriangleFields
{
    public static void AddTriangleQueries(this ObjectGraphType query)
    {
        query.LookupField<TriangleGraphType, Triangle>("triangle", "A triangle by ID.").Allow(AccessRules.Anyone)
            .LoadWith<object?, Triangle, EntityLoader>((ctx, load) => load.Lookup<Triangle>(ctx.GetArgument<string>("id"), "Triangle"));
        query.ConnectionField<TriangleGraphType, Triangle, TriangleWhereGraphType, TriangleOrderFieldGraphType>("triangles", "The programme's triangles.").Allow(AccessRules.Anyone)
            .ResolveWith<object?, Connection<Triangle>, TriangleService>((ctx, s) =>
                s.ListAsync(ctx.GetArgument<TriangleWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddTriangleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TriangleGraphType>, Triangle>("formTriangle").Allow(AccessRules.TrustAdminOrFacilitator)
            .Description("Forms a triangle of three schools from the directory.")
            .Argument<NonNullGraphType<TriangleInputGraphType>>("input")
            .ResolveWith<object?, Triangle, TriangleService>((ctx, s) => s.FormAsync(ctx.GetArgument<TriangleInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<TriangleGraphType>, Triangle>("changeTriangle").Allow(AccessRules.TrustAdminOrFacilitator)
            .Description("Renames an active triangle or changes its schools; the same rules apply.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TriangleInputGraphType>>("input")
            .ResolveWith<object?, Triangle, TriangleService>((ctx, s) => s.ChangeAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<TriangleInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<TriangleGraphType>, Triangle>("dissolveTriangle").Allow(AccessRules.TrustAdminOrFacilitator)
            .Description("Dissolves an active triangle; its schools may then join others.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveWith<object?, Triangle, TriangleService>((ctx, s) => s.DissolveAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<TriangleActivityGraphType>, TriangleActivity>("logTriangleActivity").Allow(AccessRules.TriangleActivityLogger)
            .Description("Adds a dated entry to an active triangle's partnership log.")
            .Argument<NonNullGraphType<IdGraphType>>("triangleId")
            .Argument<NonNullGraphType<TriangleActivityInputGraphType>>("input")
            .ResolveWith<object?, TriangleActivity, TriangleService>((ctx, s) =>
                s.LogAsync(ctx.GetArgument<string>("triangleId"), ctx.GetArgument<TriangleActivityInput>("input"), ctx.CancellationToken)!);
    }
}
