namespace ProfD.Trust.Community;

/// <summary>A space of the community of practice: the whole programme, one triangle, one cohort, or one theme.</summary>
internal sealed class CommunitySpace
{
    public required string Id { get; set; }
    public SpaceKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>What the space is for: the triangle's or cohort's global ID, or the theme; null for GLOBAL.</summary>
    public string? Scope { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal enum SpaceKind
{
    Global,
    Triangle,
    Cohort,
    Theme,
}

/// <summary>A person named to facilitate a space: they moderate it and run its hotseats.</summary>
internal sealed class SpaceFacilitator
{
    public required string SpaceId { get; set; }
    public required string PersonId { get; set; }
    public DateTime NamedAt { get; set; }
}

internal sealed class CommunityThread
{
    public required string Id { get; set; }
    public required string SpaceId { get; set; }
    public required string Title { get; set; }
    public required string AuthorId { get; set; }
    /// <summary>Set for the thread of a hotseat: posting is open only during its window.</summary>
    public string? HotseatId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastPostAt { get; set; }
}

internal sealed class CommunityPost
{
    public required string Id { get; set; }
    public required string ThreadId { get; set; }
    public required string AuthorId { get; set; }
    /// <summary>What the author wrote, in Markdown.</summary>
    public required string Markdown { get; set; }
    /// <summary>The Markdown rendered to HTML and sanitised, once, when written.</summary>
    public required string Html { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? HiddenAt { get; set; }
    public string? HiddenBy { get; set; }
}

/// <summary>A reader's report that a post breaks the community's rules; open until a facilitator resolves it.</summary>
internal sealed class PostFlag
{
    public required string Id { get; set; }
    public required string PostId { get; set; }
    public required string SpaceId { get; set; }
    public required string FlaggedBy { get; set; }
    public required string Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public FlagResolution? Resolution { get; set; }
}

internal enum FlagResolution
{
    Kept,
    Hidden,
}

/// <summary>A guest answering questions in a space's thread during a time window.</summary>
internal sealed class HotseatEvent
{
    public required string Id { get; set; }
    public required string SpaceId { get; set; }
    public required string ThreadId { get; set; }
    public required string GuestId { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
