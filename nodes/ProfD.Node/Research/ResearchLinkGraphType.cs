using GraphQL.Types;

namespace ProfD.Node.Research;

internal sealed class ResearchLinkGraphType : ObjectGraphType<ResearchLink>
{
    public ResearchLinkGraphType()
    {
        Name = "ResearchLink";
        Description = "A link from a project to earlier work anywhere in the federation.";
        Field<NonNullGraphType<LinkRelationGraphType>>("relation").Resolve(ctx => ctx.Source.Relation);
        Field<NonNullGraphType<IdGraphType>>("targetId")
            .Description("The global ID of the ResearchProject or Exhibition linked to; its first segment names its home institution.")
            .Resolve(ctx => ctx.Source.TargetId);
        Field(l => l.CreatedAt);
    }
}
