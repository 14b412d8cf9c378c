using GraphQL;
using GraphQL.Types;
using ProfD.Schema.Paging;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Registry;

/// <summary>The registry's root fields. There is no root <c>institution</c> field: the node has one, and the gateway composes both.</summary>
internal static class RegistryFields
{
    public static void AddRegistryQueries(this ObjectGraphType query)
    {
        query.ConnectionField<InstitutionGraphType, Institution, InstitutionWhereGraphType, InstitutionOrderFieldGraphType>(
                "institutions", "The registered institutions and their nodes: what the gateway reads to find the nodes.").Allow(AccessRules.Anyone)
            .ResolveWith<object?, Connection<Institution>, InstitutionQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<InstitutionWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddRegistryMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InstitutionGraphType>, Institution>("registerInstitution").Allow(AccessRules.TrustAdmin)
            .Description("Registers an institution's node, once it has answered as the ProfD node of that institution.")
            .Argument<NonNullGraphType<InstitutionInputGraphType>>("input")
            .ResolveWith<object?, Institution, RegistryMutations>((ctx, m) => m.RegisterAsync(ctx.GetArgument<InstitutionInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<InstitutionGraphType>, Institution>("updateInstitution").Allow(AccessRules.InstitutionAdminOf("code"))
            .Description("Changes an institution's name, nation or endpoint; a new endpoint must answer as the institution's node.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<InstitutionInputGraphType>>("input")
            .ResolveWith<object?, Institution, RegistryMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("code"), ctx.GetArgument<InstitutionInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<InstitutionGraphType>, Institution>("setInstitutionStatus").Allow(AccessRules.TrustAdmin)
            .Description("Suspends, reactivates or records the departure of an institution; LEFT is final.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<InstitutionStatusGraphType>>("status")
            .ResolveWith<object?, Institution, RegistryMutations>((ctx, m) =>
                m.SetStatusAsync(ctx.GetArgument<string>("code"), ctx.GetArgument<InstitutionStatus>("status"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<InstitutionGraphType>, Institution>("reharvest").Allow(AccessRules.TrustAdmin)
            .Description("Harvests the institution's node again from the start of its change feed; entries the new pass does not see again are removed.")
            .Argument<NonNullGraphType<StringGraphType>>("institution", "The institution's code.")
            .ResolveWith<object?, Institution, RegistryMutations>((ctx, m) => m.ReharvestAsync(ctx.GetArgument<string>("institution"), ctx.CancellationToken)!);
    }
}
