namespace ProfD.Schema.Exhibitions;

/// <summary>One piece of an exhibition: a video, a recording, an image, a document, a link or a text.</summary>
public sealed record DocumentMedia
{
    /// <summary>What the piece is.</summary>
    public required ExhibitionMediaKind Kind { get; init; }

    /// <summary>A caption shown with the piece.</summary>
    public required string Caption { get; init; }

    /// <summary>A description for people who cannot see it; required for images before submission.</summary>
    public string? AltText { get; init; }

    /// <summary>The words of a recording or video, or the text of a TEXT piece; required for audio and video before submission.</summary>
    public string? Transcript { get; init; }

    /// <summary>The length of a recording or video, in seconds.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>The size of an uploaded file, in bytes.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>The SHA-256 of an uploaded file, 64 lower-case hex digits.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The media type of an uploaded file, for example <c>video/mp4</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// Where the piece is: an absolute URL, or for a file uploaded to the home node the path <c>/media/{mediaId}</c> on
    /// that node.
    /// </summary>
    public string? Url { get; init; }

    /// <summary>Whether pupils can be seen or heard.</summary>
    public bool ShowsPupils { get; init; }

    /// <summary>Whether consent has been recorded for the pupils shown; must be true for submission when <see cref="ShowsPupils"/> is.</summary>
    public bool ConsentRecorded { get; init; }
}
