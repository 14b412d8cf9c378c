using GraphQL.Types;

namespace ProfD.Node.Access;

/// <summary>
/// The rule of every root field, in one table per root type so it reads against docs/security.md. Objects returned
/// are then checked against their type's rule (lists filtered, a hidden lookup refused).
/// </summary>
internal static class RootFieldRules
{
    private static readonly Dictionary<string, AccessRule> Query = new(StringComparer.Ordinal)
    {
        ["institution"] = NodeAccess.Anyone,
        ["node"] = NodeAccess.Anyone,
        ["school"] = NodeAccess.Anyone,
        ["schools"] = NodeAccess.Anyone,
        ["teacher"] = NodeAccess.TeacherReader,
        ["teachers"] = NodeAccess.TeacherReader,
        ["cohort"] = NodeAccess.Member,
        ["cohorts"] = NodeAccess.Member,
        // Candidates and projects: members, and (filtered to them) the candidate and their mentors at any node.
        ["candidate"] = NodeAccess.SignedInPerson,
        // The trust's harvester counts candidates by stage and award for the programme's figures.
        ["candidates"] = NodeAccess.SignedInPerson.Or(NodeAccess.Harvester),
        ["researchProject"] = NodeAccess.SignedInPerson,
        ["researchProjects"] = NodeAccess.SignedInPerson,
        ["exhibition"] = NodeAccess.Anyone,
        ["exhibitions"] = NodeAccess.Anyone,
        ["adjudication"] = NodeAccess.SignedInPerson,
        ["award"] = NodeAccess.Anyone,
        ["mentorship"] = NodeAccess.SignedInPerson,
        ["changes"] = NodeAccess.HarvesterOrAdmin,
        ["verifyCredential"] = NodeAccess.Anyone,
    };

    private static readonly Dictionary<string, AccessRule> Mutation = new(StringComparer.Ordinal)
    {
        ["createSchool"] = NodeAccess.Admin,
        ["updateSchool"] = NodeAccess.Admin,
        ["createTeacher"] = NodeAccess.Admin,
        ["updateTeacher"] = NodeAccess.Admin,
        ["updateMentorProfile"] = NodeAccess.TeacherThemselfOrAdmin,
        ["createCohort"] = NodeAccess.Admin,
        ["updateCohort"] = NodeAccess.Admin,
        ["enrolCandidate"] = NodeAccess.Admin,
        ["updateEnrolment"] = NodeAccess.Admin,
        ["createResearchProject"] = NodeAccess.ProjectCreator,
        ["updateResearchProject"] = NodeAccess.ProjectOwner("id"),
        ["setResearchProjectStatus"] = NodeAccess.ProjectOwner("id"),
        ["addResearchLink"] = NodeAccess.ProjectOwner("projectId"),
        ["removeResearchLink"] = NodeAccess.ProjectOwner("projectId"),
        ["createExhibition"] = NodeAccess.CandidateItself("candidateId"),
        ["importExhibition"] = NodeAccess.CandidateItself("candidateId", admin: true),
        ["updateExhibition"] = NodeAccess.ExhibitionOwner("id"),
        ["addMediaItem"] = NodeAccess.ExhibitionOwner("exhibitionId"),
        ["updateMediaItem"] = NodeAccess.MediaItemOwner("id"),
        ["removeMediaItem"] = NodeAccess.MediaItemOwner("id"),
        ["reorderMediaItems"] = NodeAccess.ExhibitionOwner("exhibitionId"),
        ["addShowing"] = NodeAccess.ExhibitionOwner("exhibitionId"),
        ["removeShowing"] = NodeAccess.ShowingOwner("id"),
        ["submitExhibition"] = NodeAccess.ExhibitionOwner("id"),
        ["reviseExhibition"] = NodeAccess.ExhibitionOwner("id"),
        ["publishExhibition"] = NodeAccess.ExhibitionOwner("id", admin: true),
        ["withdrawExhibition"] = NodeAccess.ExhibitionOwner("id", admin: true),
        ["formPanel"] = NodeAccess.Admin,
        ["submitPreliminaryReport"] = NodeAccess.PanelMember("adjudicationId"),
        ["submitJointReport"] = NodeAccess.PanelMember("adjudicationId"),
        ["signOffCorrections"] = NodeAccess.PanelMember("adjudicationId"),
        ["confirmDecision"] = NodeAccess.Admin,
        ["revokeAward"] = NodeAccess.Admin,
        ["assignMentor"] = NodeAccess.Admin,
        ["endMentorship"] = NodeAccess.Admin,
        ["commentOnWork"] = NodeAccess.MentorOf("mentorshipId"),
    };

    public static void ApplyToQuery(IComplexGraphType query) => Apply(query, Query);

    public static void ApplyToMutation(IComplexGraphType mutation) => Apply(mutation, Mutation);

    // A rule naming a field that no longer exists is a mistake in this table: stop the start.
    private static void Apply(IComplexGraphType root, Dictionary<string, AccessRule> rules)
    {
        foreach (var (name, rule) in rules)
            (root.GetField(name) ?? throw new InvalidOperationException($"{root.Name}.{name} has a rule but no field.")).Allow(rule);
    }
}
