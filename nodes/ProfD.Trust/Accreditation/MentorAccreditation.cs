namespace ProfD.Trust.Accreditation;

/// <summary>A teacher's accreditation as a mentor ("research teacher") after the trust's training.</summary>
internal sealed class MentorAccreditation
{
    public required string Id { get; set; }
    /// <summary>The teacher's global ID at their home node (any node).</summary>
    public required string TeacherId { get; set; }
    public required string HomeInstitution { get; set; }
    public required string Course { get; set; }
    public DateTime CompletedAt { get; set; }
    public DateTime AccreditedFrom { get; set; }
    public DateTime AccreditedUntil { get; set; }
    /// <summary>The research themes the mentor is accredited to support.</summary>
    public List<string> Themes { get; set; } = [];
    public DateTime? SuspendedAt { get; set; }
    public string? SuspensionReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>SUSPENDED when suspended; else LAPSED after <see cref="AccreditedUntil"/>, PENDING before <see cref="AccreditedFrom"/>, else ACTIVE.</summary>
    public AccreditationStatus StatusAt(DateTime now) =>
        SuspendedAt is not null ? AccreditationStatus.Suspended
        : now >= AccreditedUntil ? AccreditationStatus.Lapsed
        : now < AccreditedFrom ? AccreditationStatus.Pending
        : AccreditationStatus.Active;
}

internal enum AccreditationStatus
{
    Pending,
    Active,
    Suspended,
    Lapsed,
}
