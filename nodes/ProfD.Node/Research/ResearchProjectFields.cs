using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Research;

/// <summary>The root fields of the Research feature.</summary>
internal static class ResearchProjectFields
{
    public static void AddResearchQueries(this ObjectGraphType query)
    {
        query.LookupField<ResearchProjectGraphType, ResearchProject>("researchProject", "A research project of this institution by ID; null if it has none.")
            .LoadWith<object?, ResearchProject, EntityLoader>((ctx, load) => load.Lookup<ResearchProject>(ctx.GetArgument<string>("id"), "ResearchProject"));
        query.ConnectionField<ResearchProjectGraphType, ResearchProject, ResearchProjectWhereGraphType, ResearchProjectOrderFieldGraphType>(
                "researchProjects", "The institution's research projects.")
            .ResolveWith<object?, Connection<ResearchProject>, ResearchProjectQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<ResearchProjectWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddResearchMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResearchProjectGraphType>, ResearchProject>("createResearchProject")
            .Description("Starts a candidate's research project, as a DRAFT.")
            .Argument<NonNullGraphType<ResearchProjectInputGraphType>>("input")
            .MutateWith<object?, ResearchProject, ResearchProjectMutations>((ctx, m) =>
                m.CreateAsync(ctx.GetArgument<ResearchProjectInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ResearchProjectGraphType>, ResearchProject>("updateResearchProject")
            .Description("Changes the fields given of a project that is not CONCLUDED.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ResearchProjectInputGraphType>>("input")
            .MutateWith<object?, ResearchProject, ResearchProjectMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ResearchProjectInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ResearchProjectGraphType>, ResearchProject>("setResearchProjectStatus")
            .Description("Moves a project DRAFT → ACTIVE (needs ethics approval; an ENROLLED candidate becomes RESEARCHING) or "
                + "ACTIVE → CONCLUDED (needs findings). Any other move is CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ProjectStatusGraphType>>("status")
            .MutateWith<object?, ResearchProject, ResearchProjectMutations>((ctx, m) =>
                m.SetStatusAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ProjectStatus>("status"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ResearchProjectGraphType>, ResearchProject>("addResearchLink")
            .Description("Records that a project builds on a project or exhibition anywhere in the federation. A link to the project "
                + "itself is BAD_USER_INPUT; a second link to the same target, or any link once the project is CONCLUDED, is CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("targetId", "The global ID of a ResearchProject or Exhibition, at this or another node.")
            .Argument<NonNullGraphType<LinkRelationGraphType>>("relation")
            .MutateWith<object?, ResearchProject, ResearchProjectMutations>((ctx, m) => m.AddLinkAsync(
                ctx.GetArgument<string>("projectId"), ctx.GetArgument<string>("targetId"), ctx.GetArgument<LinkRelation>("relation"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<ResearchProjectGraphType>, ResearchProject>("removeResearchLink")
            .Description("Removes a project's link to a target; CONFLICT once the project is CONCLUDED.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<NonNullGraphType<IdGraphType>>("targetId")
            .MutateWith<object?, ResearchProject, ResearchProjectMutations>((ctx, m) =>
                m.RemoveLinkAsync(ctx.GetArgument<string>("projectId"), ctx.GetArgument<string>("targetId"), ctx.CancellationToken)!);
    }
}
