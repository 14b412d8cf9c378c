namespace ProfD.Node.Exhibitions;

/// <summary>One piece of an exhibition: a video, a recording, an image, a document, a link or a text.</summary>
internal sealed class MediaItem
{
    public required string Id { get; set; }
    public required string ExhibitionId { get; set; }
    public int Position { get; set; }
    public MediaKind Kind { get; set; }
    public required string Caption { get; set; }
    public string? AltText { get; set; }
    public string? Transcript { get; set; }
    public double? DurationSeconds { get; set; }
    public long? SizeBytes { get; set; }
    /// <summary>The SHA-256 of an uploaded file (the key of <c>{institution}:Media:{sha256}</c>), lower-case hex.</summary>
    public string? Sha256 { get; set; }
    /// <summary>The media type of an uploaded file, for example <c>video/mp4</c>.</summary>
    public string? ContentType { get; set; }
    public string? Url { get; set; }
    public bool ShowsPupils { get; set; }
    public bool ConsentRecorded { get; set; }
    public DateTime CreatedAt { get; set; }
}
