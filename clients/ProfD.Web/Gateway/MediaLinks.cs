using ProfD.Client.Operations;

namespace ProfD.Web.Gateway;

/// <summary>Where a browser fetches a piece of media: the file at its home node, or the page it links to.</summary>
internal static class MediaLinks
{
    /// <summary>The URL to play, show or download; null for text, or when the home node is unknown.</summary>
    public static string? For(string? mediaId, string? url, Uri? nodeBase)
    {
        if (mediaId is not null) return nodeBase is null ? null : new Uri(nodeBase, "media/" + Uri.EscapeDataString(mediaId)).ToString();
        if (url is null) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        // Stored relative to the node, as the common format's package paths are.
        return nodeBase is null || Uri.TryCreate(url, UriKind.Absolute, out _) ? null : new Uri(nodeBase, url).ToString();
    }

    public static string? For(ExhibitionMedia media, Uri? nodeBase) => For(media.MediaId, media.Url, nodeBase);
}
