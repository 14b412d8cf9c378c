namespace ProfD.Trust.Tests.Access;

/// <summary>
/// Every root field of the trust, an operation that reaches its rule, and the verdict for each caller of
/// <see cref="Callers.All"/> in order: A allowed, F FORBIDDEN, U UNAUTHENTICATED. Allowed operations carry bad input
/// or unknown IDs where they would otherwise change the world the other rows rely on.
/// </summary>
public static class AccessTable
{
    //                                  anon person instAdmin spaceFac facElsewhere trustAdmin harvester
    private const string Anyone = "AAAAAAA";
    private const string SignedIn = "UAAAAAF";
    private const string SpaceFacilitator = "UFFAFAF";
    private const string TrustAdminOrFacilitator = "UFFAAAF";
    private const string TriangleLogger = "UFAAAAF";
    private const string TrustAdmin = "UFFFFAF";
    private const string InstitutionAdmin = "UFAFFAF";

    public static readonly IReadOnlyList<(string Field, string Operation, string Verdicts)> Rows =
    [
        ("institutions", "{ institutions { totalCount nodes { code } } }", Anyone),
        ("nations", "{ nations { code } }", Anyone),
        ("schoolDirectory", "{ schoolDirectory(first: 1) { totalCount } }", Anyone),
        ("triangle", $"{{ triangle(id: \"{AccessWorld.Triangle}\") {{ id members {{ schoolId }} }} }}", Anyone),
        ("triangles", "{ triangles { totalCount } }", Anyone),
        ("mentorAccreditation", "{ mentorAccreditation(id: \"trust:MentorAccreditation:NONE\") { id } }", Anyone),
        ("mentorAccreditations", "{ mentorAccreditations { totalCount } }", Anyone),
        ("mentors", "{ mentors { totalCount } }", Anyone),
        ("library", "{ library(first: 1) { totalCount } }", Anyone),
        ("lineage", "{ lineage(id: \"north:Exhibition:X1\") { id } }", Anyone),
        ("provocation", "{ provocation(id: \"trust:Provocation:NONE\") { id } }", Anyone),
        ("provocations", "{ provocations { totalCount } }", Anyone),
        ("dashboard", "{ dashboard { programme { scope trianglesComplete } } }", Anyone),
        ("communitySpaces", "{ communitySpaces { name } }", SignedIn),
        ("communityThread", $"{{ communityThread(id: \"{AccessWorld.Thread}\") {{ title }} }}", SignedIn),
        ("moderationQueue", $"{{ moderationQueue(spaceId: \"{AccessWorld.Space}\") {{ post {{ id }} }} }}", SpaceFacilitator),

        ("registerInstitution", "mutation { registerInstitution(input: { code: \"\", name: \"\", nation: \"GB\", endpoint: \"\" }) { code } }", TrustAdmin),
        ("updateInstitution", "mutation { updateInstitution(code: \"north\", input: { name: \"\" }) { code } }", InstitutionAdmin),
        ("setInstitutionStatus", "mutation { setInstitutionStatus(code: \"nowhere\", status: SUSPENDED) { code } }", TrustAdmin),
        ("reharvest", "mutation { reharvest(institution: \"nowhere\") { code } }", TrustAdmin),
        ("setNation", "mutation { setNation(input: { code: \"??\" }) { code } }", TrustAdmin),
        ("formTriangle", "mutation { formTriangle(input: { name: \"\", schoolIds: [] }) { id } }", TrustAdminOrFacilitator),
        ("changeTriangle", $"mutation {{ changeTriangle(id: \"{AccessWorld.Triangle}\", input: {{ name: \"\" }}) {{ id }} }}", TrustAdminOrFacilitator),
        ("dissolveTriangle", "mutation { dissolveTriangle(id: \"trust:Triangle:NONE\") { id } }", TrustAdminOrFacilitator),
        ("logTriangleActivity", $"mutation {{ logTriangleActivity(triangleId: \"{AccessWorld.Triangle}\", input: {{ kind: CALL, occurredAt: \"2026-01-02T00:00:00Z\", summary: \"\" }}) {{ summary }} }}", TriangleLogger),
        ("accreditMentor", "mutation { accreditMentor(input: { teacherId: \"nope\", course: \"\", completedAt: \"2026-01-01T00:00:00Z\", accreditedUntil: \"2025-01-01T00:00:00Z\" }) { id } }", TrustAdmin),
        ("suspendMentorAccreditation", "mutation { suspendMentorAccreditation(id: \"trust:MentorAccreditation:NONE\", reason: \"x\") { id } }", TrustAdmin),
        ("reinstateMentorAccreditation", "mutation { reinstateMentorAccreditation(id: \"trust:MentorAccreditation:NONE\") { id } }", TrustAdmin),
        ("createProvocation", "mutation { createProvocation(input: { title: \"\" }) { id } }", TrustAdmin),
        ("updateProvocation", "mutation { updateProvocation(id: \"trust:Provocation:NONE\", input: { title: \"x\" }) { id } }", TrustAdmin),
        ("retireProvocation", "mutation { retireProvocation(id: \"trust:Provocation:NONE\") { id } }", TrustAdmin),
        ("createCommunitySpace", "mutation { createCommunitySpace(input: { kind: GLOBAL, name: \"\", facilitatorIds: [] }) { id } }", TrustAdmin),
        ("nameFacilitator", "mutation { nameFacilitator(spaceId: \"trust:CommunitySpace:NONE\", personId: \"east:Teacher:T9\") { id } }", TrustAdmin),
        ("removeFacilitator", "mutation { removeFacilitator(spaceId: \"trust:CommunitySpace:NONE\", personId: \"east:Teacher:T9\") { id } }", TrustAdmin),
        ("startThread", $"mutation {{ startThread(spaceId: \"{AccessWorld.Space}\", title: \"\", markdown: \"\") {{ id }} }}", SignedIn),
        ("replyToThread", $"mutation {{ replyToThread(threadId: \"{AccessWorld.Thread}\", markdown: \"\") {{ id }} }}", SignedIn),
        ("flagPost", $"mutation {{ flagPost(postId: \"{AccessWorld.Post}\", reason: \"\") {{ id }} }}", SignedIn),
        ("resolveFlags", $"mutation {{ resolveFlags(postId: \"{AccessWorld.Post}\", resolution: KEPT) {{ id }} }}", SpaceFacilitator),
        ("scheduleHotseat", $"mutation {{ scheduleHotseat(spaceId: \"{AccessWorld.Space}\", input: {{ title: \"\", guestId: \"east:Teacher:T9\", startsAt: \"2026-02-01T00:00:00Z\", endsAt: \"2026-01-01T00:00:00Z\" }}) {{ id }} }}", SpaceFacilitator),
    ];
}
