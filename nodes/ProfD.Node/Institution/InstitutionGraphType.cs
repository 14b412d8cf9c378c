using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Graph;

namespace ProfD.Node.Institution;

internal sealed class InstitutionGraphType : ObjectGraphType<InstitutionProfile>
{
    public InstitutionGraphType(InstitutionProfile self)
    {
        Name = "Institution";
        Description = "The institution this node belongs to.";
        this.Key("id");
        this.ShowTo(NodeAccess.Anyone);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        // The trust's registry knows these three too; @shareable lets both subgraphs serve them.
        Field(x => x.Code).Description("The institution's code: the first segment of every ID it issues.").Shareable();
        Field(x => x.Name).Shareable();
        Field(x => x.Nation).Description("ISO 3166-1 alpha-2 code of the institution's nation.").Shareable();
        Field(x => x.AwardTitle).Description("The title the institution awards, for example \"Prof.D\".");
        Field<NonNullGraphType<StringGraphType>>("schemaVersion")
            .Description("The version of the node contract this node serves.")
            .Resolve(_ => InstitutionProfile.SchemaVersion);
        this.ResolveReference<EntityReference, InstitutionProfile>((_, reference) => reference.Id == self.Id ? self : null!);
    }
}
