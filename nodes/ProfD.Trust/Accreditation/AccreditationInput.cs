namespace ProfD.Trust.Accreditation;

internal sealed class AccreditationInput
{
    public string? TeacherId { get; set; }
    public string? Course { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime? AccreditedFrom { get; set; }
    public DateTime? AccreditedUntil { get; set; }
    public List<string>? Themes { get; set; }
}

internal sealed class MentorWhere
{
    public string? Nation { get; set; }
    public string? Institution { get; set; }
    public string? Language { get; set; }
    public string? Theme { get; set; }
    public int? MinSpareCapacity { get; set; }
    public string? Search { get; set; }
}
