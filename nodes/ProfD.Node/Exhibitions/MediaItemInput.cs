namespace ProfD.Node.Exhibitions;

internal sealed class MediaItemInput
{
    public MediaKind? Kind { get; set; }
    public string? Caption { get; set; }
    public string? AltText { get; set; }
    public string? Transcript { get; set; }
    public double? DurationSeconds { get; set; }
    public bool? ShowsPupils { get; set; }
    public bool? ConsentRecorded { get; set; }
    public string? MediaId { get; set; }
    public string? Url { get; set; }
    public string? ContentType { get; set; }
    public long? SizeBytes { get; set; }
}
