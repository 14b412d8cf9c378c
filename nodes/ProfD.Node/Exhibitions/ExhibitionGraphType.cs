using GraphQL.Types;
using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Research;
using ProfD.Schema.Loading;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionGraphType : ObjectGraphType<Exhibition>
{
    public ExhibitionGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Exhibition", e => e.Id, institution);
        Description = "A candidate's shared, multimedia exhibition of their research.";
        Field(e => e.Title);
        Field(e => e.Abstract);
        Field<NonNullGraphType<ExhibitionStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(e => e.CurrentVersion).Description("The number of the version being worked on or last submitted.");
        Field(e => e.Themes);
        Field(e => e.Languages);
        Field(e => e.Licence).Description("The licence the exhibition is shared under, as an SPDX identifier (for example CC-BY-4.0).");
        Field(e => e.PublishedAt, nullable: true).Description("Null until the exhibition is published.");
        Field(e => e.CreatedAt);
        Field(e => e.UpdatedAt);
        Field<CandidateGraphType, Candidate>("candidate")
            .LoadWith<Exhibition, Candidate, EntityLoader>((ctx, load) => load.ById<Candidate>(ctx.Source.CandidateId));
        Field<ResearchProjectGraphType, ResearchProject>("project")
            .Description("The research project the exhibition presents; null if none is named.")
            .LoadWith<Exhibition, ResearchProject, EntityLoader>((ctx, load) => ctx.Source.ProjectId is { } project
                ? load.ById<ResearchProject>(project)
                : new LoadedResult<ResearchProject?>(null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediaItemGraphType>>>, IReadOnlyList<MediaItem>>("media")
            .Description("The pieces of the exhibition, in order of position.")
            .LoadWith<Exhibition, IReadOnlyList<MediaItem>, EntityLoader>((ctx, load) => load.ChildrenOf<MediaItem>(m => m.ExhibitionId, ctx.Source.Id)
                .Then(items => items.OrderBy(m => m.Position).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExhibitionVersionGraphType>>>, IReadOnlyList<ExhibitionVersion>>("versions")
            .Description("The exhibition's versions, first to latest.")
            .LoadWith<Exhibition, IReadOnlyList<ExhibitionVersion>, EntityLoader>((ctx, load) => load.ChildrenOf<ExhibitionVersion>(v => v.ExhibitionId, ctx.Source.Id)
                .Then(versions => versions.OrderBy(v => v.Number).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdjudicationGraphType>>>, IReadOnlyList<Adjudication>>("adjudications")
            .Description("The examinations of the exhibition's submitted versions, first to latest.")
            .LoadWith<Exhibition, IReadOnlyList<Adjudication>, EntityLoader>((ctx, load) => load.ChildrenOf<Adjudication>(a => a.ExhibitionId, ctx.Source.Id)
                .Then(adjudications => adjudications.OrderBy(a => a.ExhibitionVersion).ToList()));
    }
}
