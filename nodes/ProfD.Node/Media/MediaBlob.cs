namespace ProfD.Node.Media;

/// <summary>
/// What the node knows about an uploaded file besides its bytes, which live at
/// <c>{DataDirectory}/media/ab/cd/{sha256}</c>: the same bytes are one blob however often they are uploaded.
/// </summary>
internal sealed class MediaBlob
{
    /// <summary>The SHA-256 of the bytes, 64 lower-case hex digits: the key, the file name and the ETag.</summary>
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>The media type found in the bytes (or the compatible one declared), for example <c>video/mp4</c>.</summary>
    public required string ContentType { get; set; }
    public DateTime CreatedAt { get; set; }
}
