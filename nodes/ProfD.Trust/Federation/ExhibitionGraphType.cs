using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;
using ProfD.Trust.Library;
using ProfD.Trust.Lineage;
using ProfD.Trust.Provocations;

namespace ProfD.Trust.Federation;

/// <summary>
/// The trust's part of a node's Exhibition: who cites it, the provocations it answers and its library record. Library
/// hits are these; the gateway fills in the rest from the home node. What an exhibition builds on is the node's own
/// field (<c>Exhibition.buildsOn</c>); the federation-wide view of both directions is <c>lineage(id:)</c>.
/// </summary>
internal sealed class ExhibitionGraphType : ObjectGraphType<ExhibitionReference>
{
    public ExhibitionGraphType()
    {
        this.MarkPublic();
        Name = "Exhibition";
        Description = "An exhibition at its home node; the trust adds its place in the library and its lineage.";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageLinkGraphType>>>, IReadOnlyList<LineageLink>>("citedBy")
            .Description("Work anywhere in the federation that builds on this exhibition (or the project it presents), from harvested links.")
            .LoadWith<ExhibitionReference, IReadOnlyList<LineageLink>, LineageLoader>((ctx, load) => load.CitedBy(ctx.Source.Id));
        Field<NonNullGraphType<IntGraphType>, int>("citedByCount")
            .LoadWith<ExhibitionReference, int, LineageLoader>((ctx, load) => load.CitedBy(ctx.Source.Id).Then(links => links.Count));
        Field<NonNullGraphType<ListGraphType<ProvocationGraphType>>, IReadOnlyList<Provocation?>>("provocations")
            .Description("The trust's provocations this exhibition answers; null for one the trust no longer has.")
            .LoadWith<ExhibitionReference, IReadOnlyList<Provocation?>, LibraryLoader>((ctx, load) => load.ProvocationsOf(ctx.Source));
        Field<LibraryRecordGraphType, LibraryExhibition>("library")
            .Description("The library's record of the exhibition, with provenance; null if it is not in the library (not published, or not harvested yet).")
            .LoadWith<ExhibitionReference, LibraryExhibition, LibraryLoader>((ctx, load) => load.RecordOf(ctx.Source));
        this.ResolveReference<EntityReference, ExhibitionReference>((_, reference) => new ExhibitionReference(reference.Id));
    }
}
