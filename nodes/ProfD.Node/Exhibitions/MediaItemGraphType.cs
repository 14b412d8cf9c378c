using GraphQL.Types;
using ProfD.Node.Institution;

namespace ProfD.Node.Exhibitions;

internal sealed class MediaItemGraphType : ObjectGraphType<MediaItem>
{
    public MediaItemGraphType(InstitutionProfile institution)
    {
        Name = "MediaItem";
        Description = "One piece of an exhibition: a video, a recording, an image, a document, a link or a text.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID; its first segment names the home institution.")
            .Resolve(ctx => institution.GlobalIdOf("MediaItem", ctx.Source.Id));
        Field(m => m.Position).Description("Where the piece comes in the exhibition, first at the lowest.");
        Field<NonNullGraphType<MediaKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(m => m.Caption);
        Field(m => m.AltText, nullable: true).Description("A description of the image or video for people who cannot see it.");
        Field(m => m.Transcript, nullable: true).Description("The words of a video or recording.");
        Field(m => m.DurationSeconds, nullable: true).Description("The length of a video or recording, in seconds.");
        Field<LongGraphType>("sizeBytes").Description("The size of an uploaded file, in bytes.").Resolve(ctx => ctx.Source.SizeBytes);
        Field(m => m.Sha256, nullable: true).Description("The SHA-256 of an uploaded file, in lower-case hex.");
        Field(m => m.ContentType, nullable: true).Description("The media type of an uploaded file, for example video/mp4.");
        Field<IdGraphType>("mediaId")
            .Description("The uploaded file (institution:Media:<sha256>), downloadable from its node at /media/{mediaId}; null for a link or text.")
            .Resolve(ctx => ctx.Source.Sha256 is { } sha ? MediaId.Of(institution, sha) : null);
        Field(m => m.Url, nullable: true).Description("Where the file or linked page is.");
        Field(m => m.ShowsPupils).Description("Whether pupils can be seen or heard.");
        Field(m => m.ConsentRecorded).Description("Whether consent for the pupils shown has been recorded.");
        Field(m => m.CreatedAt);
    }
}
