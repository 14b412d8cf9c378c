using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionGraphType : ObjectGraphType<Institution>
{
    public InstitutionGraphType(TimeProvider time)
    {
        this.MarkPublic();
        Name = "Institution";
        Description = "A registered institution and its node, as the trust's registry holds it.";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The same ID the institution's node gives its own Institution: code:Institution:code.")
            .Resolve(ctx => Institution.GlobalIdOf(ctx.Source.Code));
        // The node serves these three too; @shareable lets both subgraphs answer them.
        Field(i => i.Code).Description("The institution's code: the first segment of every ID it issues.").Shareable();
        Field(i => i.Name).Shareable();
        Field(i => i.Nation).Description("ISO 3166-1 alpha-2 code of the institution's nation.").Shareable();
        Field(i => i.Endpoint).Description("The node's GraphQL URL.");
        Field<NonNullGraphType<InstitutionStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(i => i.JoinedAt).Description("When the institution registered with the trust.");
        Field<NonNullGraphType<NodeHealthGraphType>>("health").Resolve(ctx => ctx.Source.Health);
        Field<NonNullGraphType<HarvestStatusGraphType>>("harvest")
            .Resolve(ctx => HarvestStatus.Of(ctx.Source.Harvest, time.GetUtcNow().UtcDateTime));
        this.ResolveReference<EntityReference, Institution>((ctx, reference) => ctx.RequestServices!
            .GetRequiredService<InstitutionLoader>().ByGlobalId(reference.Id));
    }
}
