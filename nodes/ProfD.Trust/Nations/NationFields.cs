using GraphQL;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Nations;

internal static class NationFields
{
    public static void AddNationQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NationGraphType>>>, IReadOnlyList<Nation>>("nations").Allow(AccessRules.Anyone)
            .Description("Every nation the programme knows, by code.")
            .ResolveWith<object?, IReadOnlyList<Nation>, NationService>((ctx, s) => s.ListAsync(ctx.CancellationToken)!);

    public static void AddNationMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<NationGraphType>, Nation>("setNation").Allow(AccessRules.TrustAdmin)
            .Description("Adds a nation, or changes a known one's name, region or economy.")
            .Argument<NonNullGraphType<NationInputGraphType>>("input")
            .ResolveWith<object?, Nation, NationService>((ctx, s) => s.SetAsync(ctx.GetArgument<NationInput>("input"), ctx.CancellationToken)!);
}
