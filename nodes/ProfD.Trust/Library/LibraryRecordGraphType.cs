using GraphQL.Types;
using ProfD.Trust.Access;

namespace ProfD.Trust.Library;

internal sealed class LibraryRecordGraphType : ObjectGraphType<LibraryExhibition>
{
    public LibraryRecordGraphType()
    {
        this.MarkPublic();
        Name = "LibraryRecord";
        Description = "The library's summary of a published exhibition, with its provenance. The home node holds the exhibition itself.";
        Field(e => e.HomeInstitution).Description("Provenance: the code of the exhibition's home node.");
        Field(e => e.HarvestedAt).Description("Provenance: when the trust last received this record.");
        Field<NonNullGraphType<LongGraphType>>("sourceSequence").Description("Provenance: the sequence number of the node's change that carried it.")
            .Resolve(ctx => ctx.Source.SourceSequence);
        Field(e => e.Title);
        Field(e => e.Abstract);
        Field(e => e.AuthorName, nullable: true);
        Field(e => e.Themes);
        Field(e => e.Languages);
        Field(e => e.MediaKinds).Description("The kinds of media the exhibition holds, for example VIDEO.");
        Field(e => e.Nation).Description("ISO 3166-1 alpha-2 code of the exhibition's school (else its institution).");
        Field(e => e.Licence);
        Field(e => e.PublishedAt);
        Field<IdGraphType>("schoolId").Resolve(ctx => ctx.Source.SchoolId);
        Field<IdGraphType>("projectId").Description("The research project the exhibition presents.").Resolve(ctx => ctx.Source.ProjectId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("provocationIds").Resolve(ctx => ctx.Source.ProvocationIds);
    }
}
