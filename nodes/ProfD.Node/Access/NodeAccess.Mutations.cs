using Microsoft.Extensions.DependencyInjection;

namespace ProfD.Node.Access;

// Who may run a mutation, decided from its arguments before it runs.
internal static partial class NodeAccess
{
    /// <summary>updateMentorProfile: the teacher themself or an admin.</summary>
    public static readonly AccessRule TeacherThemselfOrAdmin = new("the teacher themself or an admin",
        c => c.IsAdmin || (c.Caller.PersonId is { } person && c.Argument<string?>("teacherId") == person));

    /// <summary>The candidate named by <paramref name="argument"/> (a Candidate ID), or an admin when <paramref name="admin"/>.</summary>
    public static AccessRule CandidateItself(string argument, bool admin = false) => new(admin ? "the candidate or an admin" : "the candidate",
        c => (admin && c.IsAdmin) || (c.LocalKey(c.Argument<string?>(argument), "Candidate") is { } key && c.Relations.OwnCandidates.Contains(key)));

    /// <summary>createResearchProject: input.candidateId is the caller's candidacy, or an admin.</summary>
    public static readonly AccessRule ProjectCreator = new("the candidate or an admin",
        c => c.IsAdmin || (c.LocalKey(c.InputField("input", "candidateId"), "Candidate") is { } key && c.Relations.OwnCandidates.Contains(key)));

    /// <summary>The candidate whose research project <paramref name="argument"/> names, or an admin.</summary>
    public static AccessRule ProjectOwner(string argument) => new("the candidate or an admin", async c =>
    {
        if (c.IsAdmin) return true;
        var candidate = await Lookups(c).CandidateOfProjectAsync(c.LocalKey(c.Argument<string?>(argument), "ResearchProject"), c.CancellationToken);
        return candidate is not null && c.Relations.OwnCandidates.Contains(candidate);
    });

    /// <summary>The candidate whose exhibition <paramref name="argument"/> names (an admin too when <paramref name="admin"/>).</summary>
    public static AccessRule ExhibitionOwner(string argument, bool admin = false) => new(admin ? "the candidate or an admin" : "the candidate",
        c => (admin && c.IsAdmin) || OwnsExhibition(c, c.LocalKey(c.Argument<string?>(argument), "Exhibition")));

    /// <summary>The candidate whose exhibition holds the media item <paramref name="argument"/> names.</summary>
    public static AccessRule MediaItemOwner(string argument) => new("the candidate", async c =>
        OwnsExhibition(c, await Lookups(c).ExhibitionOfMediaItemAsync(c.LocalKey(c.Argument<string?>(argument), "MediaItem"), c.CancellationToken)));

    /// <summary>The candidate whose exhibition had the showing <paramref name="argument"/> names.</summary>
    public static AccessRule ShowingOwner(string argument) => new("the candidate", async c =>
        OwnsExhibition(c, await Lookups(c).ExhibitionOfShowingAsync(c.LocalKey(c.Argument<string?>(argument), "Showing"), c.CancellationToken)));

    /// <summary>An adjudicator on the panel <paramref name="argument"/> names, acting as themselves.</summary>
    public static AccessRule PanelMember(string argument) => new("an adjudicator on the panel, as themselves",
        c => c.LocalKey(c.Argument<string?>(argument), "Adjudication") is { } key && c.Relations.Panels.Contains(key) && ActsAsThemselves(c, "adjudicatorId"));

    /// <summary>commentOnWork: the mentor of the mentorship <paramref name="argument"/> names.</summary>
    public static AccessRule MentorOf(string argument) => new("the mentor", async c => c.Caller.PersonId is { } person
        && await Lookups(c).MentorOfMentorshipAsync(c.LocalKey(c.Argument<string?>(argument), "Mentorship"), c.CancellationToken) == person);

    private static bool OwnsExhibition(AccessCheck c, string? exhibitionKey) => exhibitionKey is not null && c.Relations.OwnExhibitions.Contains(exhibitionKey);

    private static AccessLookups Lookups(AccessCheck c) => c.Services.GetRequiredService<AccessLookups>();
}
