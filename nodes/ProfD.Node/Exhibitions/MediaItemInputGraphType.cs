using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class MediaItemInputGraphType : InputObjectGraphType<MediaItemInput>
{
    public MediaItemInputGraphType()
    {
        Name = "MediaItemInput";
        Description = "A piece of an exhibition. Adding needs kind and caption, and for VIDEO, AUDIO, IMAGE and DOCUMENT either mediaId or url; "
            + "a LINK needs url; a TEXT keeps its text in transcript. Updating changes only the fields given.";
        Field<MediaKindGraphType>("kind");
        Field<StringGraphType>("caption");
        Field<StringGraphType>("altText").Description("Required for an IMAGE before submission.");
        Field<StringGraphType>("transcript").Description("Required for AUDIO and VIDEO before submission; the text of a TEXT.");
        Field<FloatGraphType>("durationSeconds");
        Field<BooleanGraphType>("showsPupils");
        Field<BooleanGraphType>("consentRecorded").Description("Must be true before submission when showsPupils is.");
        Field<IdGraphType>("mediaId").Description("A file uploaded to this node: institution:Media:<sha256 hex>, as the upload returned it.");
        Field<StringGraphType>("url").Description("An absolute http(s) URL, for a LINK or a file kept elsewhere.");
        Field<StringGraphType>("contentType").Description("The media type of a file given by url. Ignored with mediaId: an upload's media type comes from the upload.");
        Field<LongGraphType>("sizeBytes").Description("The size in bytes of a file given by url. Ignored with mediaId: an upload's size comes from the upload.");
    }
}
