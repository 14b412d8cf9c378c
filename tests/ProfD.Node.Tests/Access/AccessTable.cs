namespace ProfD.Node.Tests.Access;

/// <summary>
/// docs/security.md's table as rows: an operation and what each caller gets, in <see cref="Caller"/> order —
/// anonymous, other institution's person, member, the candidate, mentor elsewhere, assigned adjudicator, other
/// adjudicator, admin, harvester. A = allowed (no refusal; the operation may still fail for its own reasons),
/// F = FORBIDDEN, U = UNAUTHENTICATED.
/// </summary>
internal static class AccessTable
{
    private const string Ed = "home:Exhibition:ED";
    private const string Es = "home:Exhibition:ES";
    private const string Ep = "home:Exhibition:EP";
    private const string Admins = "UFFFFFFAF";

    public static readonly (string Name, string Document, string Expected)[] Rows =
    [
        // Queries
        ("institution", "{ institution { id code name } }", "AAAAAAAAA"),
        ("node (published exhibition)", $$"""{ node(id: "{{Ep}}") { id } }""", "AAAAAAAAA"),
        ("node (draft exhibition)", $$"""{ node(id: "{{Ed}}") { id } }""", "UFFAAFFAF"),
        ("school", """{ school(id: "home:School:S1") { id name nation economy city } }""", "AAAAAAAAA"),
        ("schools", "{ schools { nodes { id name } totalCount } }", "AAAAAAAAA"),
        // Lists keep what the caller may see: anonymous callers get no teachers, not an error.
        ("School.teachers", """{ school(id: "home:School:S1") { teachers { id } } }""", "AAAAAAAAA"),
        ("School.cohorts", """{ school(id: "home:School:S1") { cohorts { id } } }""", "AAAAAAAAA"),
        ("teacher", """{ teacher(id: "home:Teacher:PC") { id displayName givenName familyName languages subjects offersMentoring mentorCapacity bio school { id } } }""", "UAAAAAAAF"),
        ("teachers", "{ teachers { nodes { id displayName } } }", "UAAAAAAAA"),
        ("Teacher.candidacies", """{ teacher(id: "home:Teacher:PC") { candidacies { id } } }""", "UAAAAAAAF"),
        ("cohort", """{ cohort(id: "home:Cohort:C1") { id name candidates { id } } }""", "UFAAFFFAF"),
        ("cohorts", "{ cohorts { nodes { id } } }", "UFAAFFFAF"),
        ("candidate", """{ candidate(id: "home:Candidate:K1") { id stage teacher { id } cohort { id } projects { id } exhibitions { id } mentorships { id } award { id } } }""", "UFAAAFFAF"),
        ("candidates", "{ candidates { nodes { id } totalCount } }", "UAAAAAAAA"),
        ("researchProject", """{ researchProject(id: "home:ResearchProject:R1") { id title question status candidate { id } } }""", "UFAAAFFAF"),
        ("ResearchProject.mentorComments", """{ researchProject(id: "home:ResearchProject:R1") { mentorComments { id } } }""", "UFFAAFFAF"),
        ("researchProjects", "{ researchProjects { nodes { id } } }", "UAAAAAAAF"),
        ("exhibition (draft)", $$"""{ exhibition(id: "{{Ed}}") { id title status media { id } sections { heading } showings { id } versions { number } mentorComments { id } } }""", "UFFAAFFAF"),
        ("exhibition (submitted)", $$"""{ exhibition(id: "{{Es}}") { id title versions { number document } adjudications { id } } }""", "UFFAAAFAF"),
        ("exhibition (published)", $$"""{ exhibition(id: "{{Ep}}") { id title abstract status authorName school { id } sections { heading } media { id } showings { id } document award { id } } }""", "AAAAAAAAA"),
        ("Exhibition.versions (published, not theirs)", $$"""{ exhibition(id: "{{Ep}}") { versions { number } } }""", "UFFFFFFAF"),
        ("Exhibition.mentorComments (published, not theirs)", $$"""{ exhibition(id: "{{Ep}}") { mentorComments { id } } }""", "UFFFFFFAF"),
        ("exhibitions", "{ exhibitions { nodes { id } totalCount } }", "AAAAAAAAA"),
        ("adjudication", """{ adjudication(id: "home:Adjudication:A1") { id phase panel { adjudicatorId submitted } exhibition { id } } }""", "UFFFFAFAF"),
        ("Adjudication.preliminaryReports", """{ adjudication(id: "home:Adjudication:A1") { preliminaryReports { adjudicatorId } } }""", "UFFFFAFAF"),
        ("award", """{ award(id: "home:Award:W1") { id title awardedAt revoked credential exhibition { id } } }""", "AAAAAAAAA"),
        ("mentorship", """{ mentorship(id: "home:Mentorship:M1") { id mentorId active comments { id } candidate { id } } }""", "UFFAAFFAF"),
        ("changes", "{ changes { changes { entityId } hasMore } }", "UFFFFFFAA"),
        // The library needs the project behind a published exhibition; the harvester reads it through the feed only.
        ("changes (a published exhibition's project)", "{ changes { changes { exhibition { id project { findings buildsOn { targetId } } } } } }", "UFFFFFFAA"),
        ("verifyCredential", """{ verifyCredential(credential: "not-a-credential") { status valid } }""", "AAAAAAAAA"),
        ("_service", "{ _service { sdl } }", "AAAAAAAAA"),
        ("_entities (a candidate)", """{ _entities(representations: [{ __typename: "Candidate", id: "home:Candidate:K1" }]) { ... on Candidate { stage } } }""", "UFAAAFFAA"),
        ("_entities (a published exhibition)", $$"""{ _entities(representations: [{ __typename: "Exhibition", id: "{{Ep}}" }]) { ... on Exhibition { title } } }""", "AAAAAAAAA"),
        ("_entities (a draft)", $$"""{ _entities(representations: [{ __typename: "Exhibition", id: "{{Ed}}" }]) { ... on Exhibition { title } } }""", "UFFAAFFAF"),

        // Mutations: admins' own use IDs that do not exist, so an allowed call fails after the check and changes nothing.
        ("createSchool", """mutation { createSchool(input: {}) { id } }""", Admins),
        ("updateSchool", """mutation { updateSchool(id: "home:School:NOPE", input: {}) { id } }""", Admins),
        ("createTeacher", """mutation { createTeacher(input: {}) { id } }""", Admins),
        ("updateTeacher", """mutation { updateTeacher(id: "home:Teacher:NOPE", input: {}) { id } }""", Admins),
        ("updateMentorProfile", """mutation { updateMentorProfile(teacherId: "home:Teacher:PC", offersMentoring: false) { id } }""", "UFFAFFFAF"),
        ("createCohort", """mutation { createCohort(input: {}) { id } }""", Admins),
        ("updateCohort", """mutation { updateCohort(id: "home:Cohort:NOPE", input: {}) { id } }""", Admins),
        ("enrolCandidate", """mutation { enrolCandidate(input: {}) { id } }""", Admins),
        ("updateEnrolment", """mutation { updateEnrolment(id: "home:Candidate:NOPE", input: {}) { id } }""", Admins),
        ("createResearchProject", """mutation { createResearchProject(input: { candidateId: "home:Candidate:K1" }) { id } }""", "UFFAFFFAF"),
        ("updateResearchProject", """mutation { updateResearchProject(id: "home:ResearchProject:R1", input: { title: "Project one" }) { id } }""", "UFFAFFFAF"),
        ("setResearchProjectStatus", """mutation { setResearchProjectStatus(id: "home:ResearchProject:R1", status: ACTIVE) { id } }""", "UFFAFFFAF"),
        ("addResearchLink", """mutation { addResearchLink(projectId: "home:ResearchProject:R1", targetId: "away:ResearchProject:X", relation: BUILDS_ON) { id } }""", "UFFAFFFAF"),
        ("removeResearchLink", """mutation { removeResearchLink(projectId: "home:ResearchProject:R1", targetId: "away:ResearchProject:X") { id } }""", "UFFAFFFAF"),
        ("createExhibition", """mutation { createExhibition(candidateId: "home:Candidate:K1", input: {}) { id } }""", "UFFAFFFFF"),
        ("importExhibition", """mutation { importExhibition(candidateId: "home:Candidate:K1", document: "{}") { id } }""", "UFFAFFFAF"),
        ("updateExhibition", $$"""mutation { updateExhibition(id: "{{Ed}}", input: { title: "Exhibition ED" }) { id } }""", "UFFAFFFFF"),
        ("addMediaItem", $$"""mutation { addMediaItem(exhibitionId: "{{Ed}}", input: {}) { id } }""", "UFFAFFFFF"),
        ("updateMediaItem", """mutation { updateMediaItem(id: "home:MediaItem:MI1", input: { caption: "One" }) { id } }""", "UFFAFFFFF"),
        ("removeMediaItem", """mutation { removeMediaItem(id: "home:MediaItem:MI2") { id } }""", "UFFAFFFFF"),
        ("reorderMediaItems", $$"""mutation { reorderMediaItems(exhibitionId: "{{Ed}}", mediaItemIds: []) { id } }""", "UFFAFFFFF"),
        ("addShowing", $$"""mutation { addShowing(exhibitionId: "{{Ed}}", input: { schoolId: "home:School:NOPE", date: "2030-02-01", venue: "Hall", audience: STAFF }) { id } }""", "UFFAFFFFF"),
        ("removeShowing", """mutation { removeShowing(id: "home:Showing:SH1") { id } }""", "UFFAFFFFF"),
        ("submitExhibition", $$"""mutation { submitExhibition(id: "{{Ed}}") { id } }""", "UFFAFFFFF"),
        ("reviseExhibition", $$"""mutation { reviseExhibition(id: "{{Ed}}") { id } }""", "UFFAFFFFF"),
        ("publishExhibition", $$"""mutation { publishExhibition(id: "{{Ed}}", consent: true) { id } }""", "UFFAFFFAF"),
        ("withdrawExhibition", $$"""mutation { withdrawExhibition(id: "{{Ed}}", reason: "Because") { id } }""", "UFFAFFFAF"),
        ("formPanel", """mutation { formPanel(exhibitionId: "home:Exhibition:NOPE", adjudicatorIds: []) { id } }""", Admins),
        ("submitPreliminaryReport", """mutation { submitPreliminaryReport(adjudicationId: "home:Adjudication:A1", report: "", recommendation: PASS) { id } }""", "UFFFFAFFF"),
        ("submitJointReport", """mutation { submitJointReport(adjudicationId: "home:Adjudication:A1", report: "", recommendation: PASS) { id } }""", "UFFFFAFFF"),
        ("signOffCorrections", """mutation { signOffCorrections(adjudicationId: "home:Adjudication:A1") { id } }""", "UFFFFAFFF"),
        ("confirmDecision", """mutation { confirmDecision(adjudicationId: "home:Adjudication:NOPE") { id } }""", Admins),
        ("revokeAward", """mutation { revokeAward(awardId: "home:Award:NOPE", reason: "Because") { id } }""", Admins),
        ("assignMentor", """mutation { assignMentor(candidateId: "home:Candidate:NOPE", mentorId: "away:Teacher:MENTOR") { id } }""", Admins),
        ("endMentorship", """mutation { endMentorship(id: "home:Mentorship:NOPE") { id } }""", Admins),
        ("commentOnWork", $$"""mutation { commentOnWork(mentorshipId: "home:Mentorship:M1", on: "{{Ed}}", text: "") { id } }""", "UFFFAFFFF"),
    ];
}
