namespace ProfD.Trust.Community;

/// <summary>A space as one person sees it, with its facilitators and threads (newest activity first).</summary>
internal sealed record SpaceView(CommunitySpace Space, IReadOnlyList<string> Facilitators, IReadOnlyList<CommunityThread> Threads, bool ViewerFacilitates);

/// <summary>A thread as one person sees it, with its posts in order.</summary>
internal sealed record ThreadView(CommunityThread Thread, CommunitySpace Space, IReadOnlyList<PostView> Posts, HotseatEvent? Hotseat);

/// <summary>A post as one person sees it: a hidden post shows its text to facilitators only.</summary>
internal sealed record PostView(CommunityPost Post, bool ShowText);

/// <summary>A post in the moderation queue with its open flags.</summary>
internal sealed record FlaggedPost(PostView Post, IReadOnlyList<PostFlag> Flags);

internal sealed class SpaceInput
{
    public SpaceKind? Kind { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Scope { get; set; }
    public List<string>? FacilitatorIds { get; set; }
}

internal sealed class HotseatInput
{
    public string? Title { get; set; }
    public string? GuestId { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
}
