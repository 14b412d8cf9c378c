using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class MediaKindGraphType : EnumerationGraphType<MediaKind>
{
    public MediaKindGraphType()
    {
        Name = "MediaKind";
        Description = "What a piece of an exhibition is: a video, an audio recording, an image, a document, a link or a text.";
    }
}
