using GraphQL.DataLoader;
using GraphQL.Types;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Schema.Ids;
using ProfD.Schema.Loading;

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
        Field<ResearchLinkTargetGraphType>("target")
            .Description("The project or exhibition linked to. A node gives only its own (null for one at another node); the gateway fetches the others from their home node by targetId. Null when the caller may not see it.")
            .Resolve(ctx => Target(ctx.Source.TargetId, ctx.Loader()));
        Field(l => l.CreatedAt);
    }

    // Stored links name only these two types (addResearchLink checks), so anything else has no target here.
    private static IDataLoaderResult Target(string targetId, EntityLoader load) =>
        GlobalId.TryParse(targetId, out var id) ? id.Type switch
        {
            "ResearchProject" => load.Lookup<ResearchProject>(targetId, id.Type, "targetId"),
            "Exhibition" => load.Lookup<Exhibition>(targetId, id.Type, "targetId"),
            _ => new LoadedResult<object?>(null),
        } : new LoadedResult<object?>(null);
}
