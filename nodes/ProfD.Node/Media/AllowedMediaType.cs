namespace ProfD.Node.Media;

/// <summary>
/// One entry of the allow-list: the media type stored for bytes of this kind, and the other names a client may
/// declare for the same bytes (for example <c>audio/mp4</c> for an MP4 container holding only sound).
/// </summary>
internal sealed record AllowedMediaType(string ContentType, params string[] Aliases)
{
    /// <summary>Plain text has no magic number: it is checked to be UTF-8 all the way through instead.</summary>
    public bool IsText => ContentType == "text/plain";

    /// <summary>The type to store when the client declared <paramref name="declared"/>; null if the two disagree.</summary>
    public string? Accept(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared) || declared.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
            return ContentType;
        if (declared.Equals(ContentType, StringComparison.OrdinalIgnoreCase)) return ContentType;
        return Aliases.FirstOrDefault(a => a.Equals(declared, StringComparison.OrdinalIgnoreCase));
    }
}
