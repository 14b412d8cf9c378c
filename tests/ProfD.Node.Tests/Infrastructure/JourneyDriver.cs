using System.Text.Json;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// Moves a candidate's work along the journey through the GraphQL API, one named step per method, so that each test
/// starts where its rule applies and checks that rule.
/// </summary>
internal sealed class JourneyDriver(Func<string, object?, Task<JsonElement>> query, JourneyWorld world)
{
    /// <summary>A media ID as the upload endpoint returns it: this node's code and the file's SHA-256.</summary>
    public static string MediaId(char digit) => NodeApiTestBase.IdOf("Media", new string(digit, 64));

    public async Task<string> ProjectAsync(string? candidateId = null, bool concluded = true)
    {
        var project = (await query("""
            mutation($c: ID!) {
              createResearchProject(input: {
                candidateId: $c, title: "Talk partners in mathematics", question: "Does partner talk improve reasoning?",
                hypothesis: "Pairs explain more fully.", method: "Two action research cycles.", pupilsAgeRange: "9-11",
                setting: "a mixed class of thirty", themes: ["oracy"], languages: ["en"],
                ethicsApproval: { approvedBy: "Gulu REC", approvedAt: "2029-09-10T00:00:00Z", reference: "GREC-1" },
                findings: "Explanations lengthened.", conclusionsForPractice: "Rehearse in pairs before writing.",
                provocationIds: ["trust:Provocation:P1"]
              }) { id }
            }
            """, new { c = candidateId ?? world.Candidate })).GetProperty("createResearchProject").GetProperty("id").GetString()!;
        await query("mutation($id: ID!) { setResearchProjectStatus(id: $id, status: ACTIVE) { status } }", new { id = project });
        if (concluded) await query("mutation($id: ID!) { setResearchProjectStatus(id: $id, status: CONCLUDED) { status } }", new { id = project });
        return project;
    }

    /// <summary>A draft that meets every submission rule: abstract, question, two sections, an image with alt text, a video with transcript and consent, a text.</summary>
    public async Task<ReadyExhibition> ReadyExhibitionAsync(string? projectId = null, string? candidateId = null)
    {
        var exhibition = (await query("""
            mutation($c: ID!, $p: ID) {
              createExhibition(candidateId: $c, projectId: $p, input: {
                title: "Say it, then write it", abstract: "A term of partner talk.", researchQuestion: "Does partner talk improve reasoning?",
                sections: [{ heading: "The question", body: "Why **talk** first?" }, { heading: "What I found", body: "Longer explanations." }]
              }) { id }
            }
            """, new { c = candidateId ?? world.Candidate, p = projectId })).GetProperty("createExhibition").GetProperty("id").GetString()!;
        var image = await AddMediaAsync(exhibition, """{ kind: IMAGE, caption: "Work before and after", altText: "Two exercise book pages.", mediaId: "$media" }""".Replace("$media", MediaId('a'), StringComparison.Ordinal));
        var video = await AddMediaAsync(exhibition, """{ kind: VIDEO, caption: "A lesson", transcript: "Talk to your partner first.", durationSeconds: 93.5, showsPupils: true, consentRecorded: true, url: "https://video.example.org/lesson.mp4" }""");
        var text = await AddMediaAsync(exhibition, """{ kind: TEXT, caption: "Commentary", transcript: "What I learned." }""");
        return new ReadyExhibition(exhibition, image, video, text);
    }

    public async Task<string> AddMediaAsync(string exhibitionId, string input) =>
        (await query($"mutation($e: ID!) {{ addMediaItem(exhibitionId: $e, input: {input}) {{ id }} }}", new { e = exhibitionId }))
            .GetProperty("addMediaItem").GetProperty("id").GetString()!;

    public Task SubmitAsync(string exhibitionId) =>
        query("mutation($id: ID!) { submitExhibition(id: $id) { status } }", new { id = exhibitionId });

    public async Task<string> PanelAsync(string exhibitionId) =>
        (await query("mutation($e: ID!, $a: [ID!]!) { formPanel(exhibitionId: $e, adjudicatorIds: $a) { id } }",
            new { e = exhibitionId, a = new[] { world.Adjudicator, world.ExternalAdjudicator } })).GetProperty("formPanel").GetProperty("id").GetString()!;

    public async Task ReportAsync(string adjudicationId, string adjudicatorId, string recommendation = "PASS") =>
        await query($"mutation($a: ID!, $who: ID!) {{ submitPreliminaryReport(adjudicationId: $a, adjudicatorId: $who, report: \"Report by {adjudicatorId}.\", recommendation: {recommendation}) {{ id }} }}",
            new { a = adjudicationId, who = adjudicatorId });

    public async Task ReportAllAsync(string adjudicationId, string recommendation = "PASS")
    {
        await ReportAsync(adjudicationId, world.Adjudicator, recommendation);
        await ReportAsync(adjudicationId, world.ExternalAdjudicator, recommendation);
    }

    public Task JointAsync(string adjudicationId, string recommendation, DateTimeOffset? deadline = null) =>
        query($"mutation($a: ID!, $d: DateTime) {{ submitJointReport(adjudicationId: $a, report: \"The panel agrees.\", recommendation: {recommendation}, correctionsDeadline: $d) {{ id }} }}",
            new { a = adjudicationId, d = deadline });

    /// <summary>A ready exhibition, submitted, with a panel whose members have all reported and agreed <paramref name="recommendation"/>.</summary>
    public async Task<(ReadyExhibition Exhibition, string Adjudication)> JointReportedAsync(string recommendation, DateTimeOffset? deadline = null)
    {
        var exhibition = await ReadyExhibitionAsync();
        await SubmitAsync(exhibition.Id);
        var adjudication = await PanelAsync(exhibition.Id);
        await ReportAllAsync(adjudication, recommendation);
        await JointAsync(adjudication, recommendation, deadline);
        return (exhibition, adjudication);
    }

    /// <summary>As <see cref="JointReportedAsync"/> with PASS, then confirmed: an ADJUDGED exhibition with an award.</summary>
    public async Task<(ReadyExhibition Exhibition, string Adjudication)> AwardedAsync()
    {
        var (exhibition, adjudication) = await JointReportedAsync("PASS");
        await query("mutation($a: ID!) { confirmDecision(adjudicationId: $a) { id } }", new { a = adjudication });
        return (exhibition, adjudication);
    }
}
