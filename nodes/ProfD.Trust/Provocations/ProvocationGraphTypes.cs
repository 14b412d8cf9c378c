using GraphQL;
using GraphQL.Types;
using ProfD.Schema.Paging;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Provocations;

internal sealed class ProvocationGraphType : ObjectGraphType<Provocation>
{
    public ProvocationGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        this.DeclareTrustEntity("Provocation", p => p.Id, trust);
        Description = "A starting prompt for research, with resources, curated by the trust.";
        Field(p => p.Title);
        Field(p => p.Text).Description("The prompt, in Markdown.");
        Field(p => p.Themes);
        Field(p => p.Links).Description("Resources, as URLs.");
        Field(p => p.Retired).Description("No longer offered to new cohorts; work that cites it keeps the link.");
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
    }
}

internal sealed class ProvocationInputGraphType : InputObjectGraphType<ProvocationInput>
{
    public ProvocationInputGraphType()
    {
        Name = "ProvocationInput";
        Description = "A provocation. Creating needs title and text; updating changes the fields given.";
        Field<StringGraphType>("title");
        Field<StringGraphType>("text").Description("Markdown.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("links").Description("http(s) URLs of resources.");
    }
}

internal sealed class ProvocationWhereGraphType : InputObjectGraphType<ProvocationWhere>
{
    public ProvocationWhereGraphType()
    {
        Name = "ProvocationWhere";
        Description = "Conditions on provocations; all given must hold.";
        Field<StringGraphType>("theme");
        Field<BooleanGraphType>("retired");
        Field<StringGraphType>("search").Description("Text in the title or text, ignoring case.");
    }
}

internal static class ProvocationFields
{
    public static void AddProvocationQueries(this ObjectGraphType query)
    {
        query.LookupField<ProvocationGraphType, Provocation>("provocation", "A provocation by ID.").Allow(AccessRules.Anyone)
            .LoadWith<object?, Provocation, EntityLoader>((ctx, load) => load.Lookup<Provocation>(ctx.GetArgument<string>("id"), "Provocation"));
        query.ConnectionField<ProvocationGraphType, Provocation, ProvocationWhereGraphType, ProvocationOrderFieldGraphType>("provocations", "The trust's provocations.").Allow(AccessRules.Anyone)
            .ResolveWith<object?, Connection<Provocation>, ProvocationService>((ctx, s) =>
                s.ListAsync(ctx.GetArgument<ProvocationWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddProvocationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProvocationGraphType>, Provocation>("createProvocation").Allow(AccessRules.TrustAdmin)
            .Argument<NonNullGraphType<ProvocationInputGraphType>>("input")
            .ResolveWith<object?, Provocation, ProvocationService>((ctx, s) => s.CreateAsync(ctx.GetArgument<ProvocationInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ProvocationGraphType>, Provocation>("updateProvocation").Allow(AccessRules.TrustAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ProvocationInputGraphType>>("input")
            .ResolveWith<object?, Provocation, ProvocationService>((ctx, s) => s.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ProvocationInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ProvocationGraphType>, Provocation>("retireProvocation").Allow(AccessRules.TrustAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveWith<object?, Provocation, ProvocationService>((ctx, s) => s.RetireAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
    }
}
