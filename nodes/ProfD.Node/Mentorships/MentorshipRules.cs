using ProfD.Schema.Errors;

namespace ProfD.Node.Mentorships;

/// <summary>
/// The programme's rule for mentors: a mentor comes from a different school than the candidate. A mentor at this node
/// is checked by school; a mentor at another node cannot be (their school is not held here) and is accepted — the
/// trust's mentor accreditation covers them.
/// </summary>
internal static class MentorshipRules
{
    public const int CommentLength = 4000;

    /// <exception cref="BadUserInputException">The mentor teaches at the candidate's school (or is the candidate).</exception>
    public static void EnsureDifferentSchool(string candidateSchoolKey, string? localMentorSchoolKey)
    {
        if (localMentorSchoolKey is not null && localMentorSchoolKey == candidateSchoolKey)
            throw new BadUserInputException("A mentor comes from a different school than the candidate's; this teacher works at the same school.", "mentorId");
    }

    /// <summary>Whether the mentorship has started and not yet ended at <paramref name="now"/>.</summary>
    public static bool IsActive(Mentorship mentorship, DateTime now) =>
        mentorship.StartedAt <= now && (mentorship.EndedAt is null || mentorship.EndedAt > now);
}
