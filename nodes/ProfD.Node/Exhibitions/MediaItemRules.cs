using System.Text.RegularExpressions;
using ProfD.Schema.Errors;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// What a media item must hold, whatever the exhibition's state: a file (an upload or a URL) for VIDEO, AUDIO, IMAGE
/// and DOCUMENT, a URL for a LINK, the text for a TEXT. Accessibility and consent are checked at submission.
/// </summary>
internal static partial class MediaItemRules
{
    /// <exception cref="BadUserInputException">The item as it would be saved breaks a rule; the field is named.</exception>
    public static void Check(MediaItem item)
    {
        var hasUpload = item.Sha256 is not null;
        var hasUrl = item.Url is not null;
        switch (item.Kind)
        {
            case MediaKind.Link:
                if (!hasUrl || hasUpload) throw new BadUserInputException("A LINK needs a url and no mediaId.", "input.url");
                break;
            case MediaKind.Text:
                if (hasUrl || hasUpload) throw new BadUserInputException("A TEXT holds its text in transcript; it takes no mediaId or url.", "input.mediaId");
                if (string.IsNullOrWhiteSpace(item.Transcript)) throw new BadUserInputException("A TEXT needs its text in 'input.transcript'.", "input.transcript");
                break;
            default:
                if (hasUrl == hasUpload)
                    throw new BadUserInputException($"A {item.Kind.ToString().ToUpperInvariant()} needs exactly one of mediaId (an upload) or url.", "input.mediaId");
                break;
        }
        if (item.DurationSeconds is < 0 or > 86_400) throw new BadUserInputException("'input.durationSeconds' must be between 0 and 86400.", "input.durationSeconds");
        if (item.SizeBytes is < 0) throw new BadUserInputException("'input.sizeBytes' must not be negative.", "input.sizeBytes");
        if (item.ContentType is { } type && !MediaType().IsMatch(type))
            throw new BadUserInputException($"'{type}' in 'input.contentType' is not a media type such as video/mp4.", "input.contentType");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")]
    private static partial Regex MediaType();
}
