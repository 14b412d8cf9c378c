using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;

namespace ProfD.Node.Access;

// Who may see an object: the rule of its type, checked on each of its fields and on each row of a list that holds it.
internal static partial class NodeAccess
{
    // The harvester reads candidacies (stage, enrolment, award) for the trust's programme figures; names stay hidden.
    public static readonly AccessRule CandidateReader = new("a member, the candidate, their mentor, or a harvester", c => c.Source switch
    {
        Candidate candidate => c.IsMember || c.IsHarvester || Concerns(c, candidate.Id),
        _ => c.IsMember,
    });

    // The harvester reads the project behind a published exhibition (findings, what it builds on) for the library.
    public static readonly AccessRule ProjectReader = new("a member, the candidate, their mentor, or a harvester", c => c.Source switch
    {
        ResearchProject project => c.IsMember || c.IsHarvester || Concerns(c, project.CandidateId),
        _ => c.IsMember,
    });

    public static readonly AccessRule ProjectMentorComments = new("the candidate, their mentor or an admin", c => c.Source switch
    {
        ResearchProject project => c.IsAdmin || Concerns(c, project.CandidateId),
        _ => c.IsAdmin,
    });

    public static readonly AccessRule ExhibitionReader = new("anyone once published; before, the candidate, their mentor, its adjudicators or an admin",
        c => c.Source switch
        {
            Exhibition exhibition => exhibition.Status is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn || IsExhibitionInsider(c, exhibition),
            _ => c.IsAdmin,
        });

    public static readonly AccessRule ExhibitionInsider = new("the candidate, their mentor, its adjudicators or an admin", c => c.Source switch
    {
        Exhibition exhibition => IsExhibitionInsider(c, exhibition),
        _ => c.IsAdmin,
    });

    public static readonly AccessRule ExhibitionMentorComments = new("the candidate, their mentor or an admin", c => c.Source switch
    {
        Exhibition exhibition => c.IsAdmin || Concerns(c, exhibition.CandidateId),
        _ => c.IsAdmin,
    });

    public static readonly AccessRule AdjudicationReader = new("its adjudicators, an admin, or the candidate once decided", c => c.Source switch
    {
        Adjudication adjudication => c.IsAdmin || c.Relations.Panels.Contains(adjudication.Id)
            || (adjudication.FinalDecision is not null && c.Relations.OwnExhibitions.Contains(adjudication.ExhibitionId)),
        _ => c.IsAdmin,
    });

    /// <summary>Preliminary reports: the panel (the resolver narrows to their own until all are in) and admins.</summary>
    public static readonly AccessRule PreliminaryReports = new("its adjudicators (as themselves) or an admin", c => c.Source switch
    {
        Adjudication adjudication => c.IsAdmin || (c.Relations.Panels.Contains(adjudication.Id) && ActsAsThemselves(c, "adjudicatorId")),
        _ => c.IsAdmin,
    });

    public static readonly AccessRule MentorshipReader = new("the candidate, the mentor or an admin", c => c.Source switch
    {
        Mentorship mentorship => c.IsAdmin || c.Relations.OwnCandidates.Contains(mentorship.CandidateId) || mentorship.MentorId == c.Caller.PersonId,
        _ => c.IsAdmin,
    });

    /// <summary>Whether the candidate is the caller, or someone the caller mentors (now or before).</summary>
    private static bool Concerns(AccessCheck c, string candidateKey) =>
        c.Relations.OwnCandidates.Contains(candidateKey) || c.Relations.MenteeCandidates.Contains(candidateKey);

    private static bool IsExhibitionInsider(AccessCheck c, Exhibition exhibition) =>
        c.IsAdmin || Concerns(c, exhibition.CandidateId) || c.Relations.AdjudicatedExhibitions.Contains(exhibition.Id);

    /// <summary>A person argument may be left out (it is then the caller) or name the caller; naming anyone else is refused.</summary>
    private static bool ActsAsThemselves(AccessCheck c, string argument) =>
        c.Argument<string?>(argument) is not { } named || named == c.Caller.PersonId;
}
