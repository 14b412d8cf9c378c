using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Schema.Loading;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionGraphType : ObjectGraphType<Exhibition>
{
    public ExhibitionGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Exhibition", e => e.Id, institution);
        this.ShowTo(NodeAccess.ExhibitionReader);
        Description = "A candidate's shared, multimedia exhibition of their research. A WITHDRAWN exhibition is a tombstone: its title, "
            + "status and withdrawal stay, its content fields are null or empty.";
        Field(e => e.Title);
        Field<StringGraphType>("abstract")
            .Description("A summary of a few sentences; null until written, and on a tombstone.")
            .Resolve(ctx => ExhibitionTombstone.Unless(ctx.Source, NullIfEmpty(ctx.Source.Abstract)));
        Field<StringGraphType>("researchQuestion").Resolve(ctx => ExhibitionTombstone.Unless(ctx.Source, ctx.Source.ResearchQuestion));
        Field<StringGraphType>("findings").Resolve(ctx => ExhibitionTombstone.Unless(ctx.Source, ctx.Source.Findings));
        Field<StringGraphType>("conclusionsForPractice").Resolve(ctx => ExhibitionTombstone.Unless(ctx.Source, ctx.Source.ConclusionsForPractice));
        Field<NonNullGraphType<ExhibitionStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(e => e.CurrentVersion).Description("The number of the version being worked on or last submitted.");
        Field(e => e.Themes);
        Field(e => e.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("provocationIds")
            .Description("Global IDs of the trust's provocations the exhibition answers (for example trust:Provocation:01J…).")
            .Resolve(ctx => ctx.Source.ProvocationIds);
        Field(e => e.Licence).Description("The licence the exhibition is shared under, as an SPDX identifier (for example CC-BY-4.0).");
        Field(e => e.PublishedAt, nullable: true).Description("Null until the exhibition is published.");
        Field(e => e.WithdrawnAt, nullable: true).Description("When the published exhibition was withdrawn; null unless it was.");
        Field(e => e.WithdrawalReason, nullable: true).Description("Why it was withdrawn; null unless it was.");
        Field<IdGraphType>("importedFrom")
            .Description("The exhibition at another node this one was imported from (profd exhibition import), as its global ID; null if it was made here.")
            .Resolve(ctx => ctx.Source.ImportedFrom);
        Field(e => e.CreatedAt);
        Field(e => e.UpdatedAt);
        Field<CandidateGraphType, Candidate>("candidate")
            .LoadWith<Exhibition, Candidate, EntityLoader>((ctx, load) => load.ById<Candidate>(ctx.Source.CandidateId));
        Field<StringGraphType, string>("authorName")
            .Description("The candidate's name as the exhibition is credited.")
            .LoadWith<Exhibition, string, CandidateProfiles>((ctx, profiles) => profiles.Of(ctx.Source.CandidateId).Then(p => p?.DisplayName));
        Field<SchoolGraphType, School>("school")
            .Description("The candidate's school, where the research was done.")
            .LoadWith<Exhibition, School, CandidateProfiles>((ctx, profiles) => profiles.SchoolOf(ctx.Source.CandidateId));
        Field<ResearchProjectGraphType, ResearchProject>("project")
            .Description("The research project the exhibition presents; null if none is named.")
            .LoadWith<Exhibition, ResearchProject, EntityLoader>((ctx, load) => ctx.Source.ProjectId is { } project
                ? load.ById<ResearchProject>(project)
                : new LoadedResult<ResearchProject?>(null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResearchLinkGraphType>>>, IReadOnlyList<ResearchLink>>("buildsOn")
            .Description("Earlier work anywhere in the federation that the exhibition's project builds on.")
            .LoadWith<Exhibition, IReadOnlyList<ResearchLink>, EntityLoader>((ctx, load) => ctx.Source.ProjectId is { } project && !ExhibitionTombstone.Hides(ctx.Source)
                ? load.ById<ResearchProject>(project).Then(p => (IReadOnlyList<ResearchLink>)(p?.BuildsOn ?? []))
                : new LoadedResult<IReadOnlyList<ResearchLink>>([]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExhibitionSectionGraphType>>>, IReadOnlyList<ExhibitionSection>>("sections")
            .Description("The body of the exhibition, in order.")
            .LoadWith<Exhibition, IReadOnlyList<ExhibitionSection>, EntityLoader>((ctx, load) => Visible(ctx.Source,
                load.ChildrenOf<ExhibitionSection>(s => s.ExhibitionId, ctx.Source.Id).Then(items => (IReadOnlyList<ExhibitionSection>)items.OrderBy(s => s.Position).ToList())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediaItemGraphType>>>, IReadOnlyList<MediaItem>>("media")
            .Description("The pieces of the exhibition, in order of position.")
            .LoadWith<Exhibition, IReadOnlyList<MediaItem>, EntityLoader>((ctx, load) => Visible(ctx.Source,
                load.ChildrenOf<MediaItem>(m => m.ExhibitionId, ctx.Source.Id).Then(items => (IReadOnlyList<MediaItem>)items.OrderBy(m => m.Position).ToList())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExhibitionShowingGraphType>>>, IReadOnlyList<ExhibitionShowing>>("showings")
            .Description("Face-to-face showings, by date.")
            .LoadWith<Exhibition, IReadOnlyList<ExhibitionShowing>, EntityLoader>((ctx, load) => Visible(ctx.Source,
                load.ChildrenOf<ExhibitionShowing>(s => s.ExhibitionId, ctx.Source.Id).Then(items => (IReadOnlyList<ExhibitionShowing>)items.OrderBy(s => s.HeldOn).ToList())));
        Field<StringGraphType, string>("document")
            .Description("The current version in the common format (exhibition-format/1.0, JSON; see docs/exhibition-format.md): frozen "
                + "as submitted once the version is submitted. Null on a tombstone.")
            .LoadWith<Exhibition, string, ExhibitionDocuments>((ctx, documents) => documents.CurrentOf(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExhibitionVersionGraphType>>>, IReadOnlyList<ExhibitionVersionView>>("versions")
            .Description("The exhibition's versions, first to latest; each submitted one stays readable as it was submitted.")
            .Allow(NodeAccess.ExhibitionInsider)
            .LoadWith<Exhibition, IReadOnlyList<ExhibitionVersionView>, EntityLoader>((ctx, load) => load.ChildrenOf<ExhibitionVersion>(v => v.ExhibitionId, ctx.Source.Id)
                .Then(versions => (IReadOnlyList<ExhibitionVersionView>)versions.OrderBy(v => v.Number).Select(v => new ExhibitionVersionView(ctx.Source, v)).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdjudicationGraphType>>>, IReadOnlyList<Adjudication>>("adjudications")
            .Description("The examinations of the exhibition's submitted versions, first to latest.")
            .Allow(NodeAccess.ExhibitionInsider)
            .LoadWith<Exhibition, IReadOnlyList<Adjudication>, EntityLoader>((ctx, load) => load.ChildrenOf<Adjudication>(a => a.ExhibitionId, ctx.Source.Id)
                .Then(adjudications => (IReadOnlyList<Adjudication>)adjudications.OrderBy(a => a.ExhibitionVersion).ToList()));
        Field<AwardGraphType, Award>("award")
            .Description("The award made for the exhibition: the one that stands, else the latest revoked one; null before an award.")
            .LoadWith<Exhibition, Award, EntityLoader>((ctx, load) => load.ChildrenOf<Award>(a => a.ExhibitionId, ctx.Source.Id).Then(CurrentAward.Of));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorCommentGraphType>>>, IReadOnlyList<MentorComment>>("mentorComments")
            .Description("Mentors' dated comments on the exhibition's drafts, oldest first.")
            .Allow(NodeAccess.ExhibitionMentorComments)
            .LoadWith<Exhibition, IReadOnlyList<MentorComment>, EntityLoader>((ctx, load) => Visible(ctx.Source, load.ChildrenOf<MentorComment>(c => c.ExhibitionId!, ctx.Source.Id)));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<T>> Visible<T>(Exhibition exhibition, GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<T>> items) =>
        ExhibitionTombstone.Hides(exhibition) ? new LoadedResult<IReadOnlyList<T>>([]) : items;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
