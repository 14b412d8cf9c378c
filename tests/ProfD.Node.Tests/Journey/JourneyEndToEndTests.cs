using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Node.Tests.Media;
using ProfD.Schema.Credentials;
using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Tests.Journey;

/// <summary>
/// The whole doctoral journey through the GraphQL API, on each engine: project → exhibition → media → submit → panel →
/// preliminary reports → joint report with minor corrections → corrected version → sign-off → confirm → award →
/// credential verifies (and a tampered one fails) → publish → in the change feed and OAI-PMH → withdraw → tombstone
/// in both → revoke.
/// </summary>
public abstract class JourneyEndToEndTests : NodeApiTestBase
{
    private protected JourneyEndToEndTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    [Fact]
    public async Task A_candidate_goes_from_project_to_award_publication_and_withdrawal()
    {
        var world = await JourneyWorld.SeedAsync(Database);
        var drive = new JourneyDriver(QueryAsync, world);

        // Research project, building on work at another node.
        var project = await drive.ProjectAsync(concluded: false);
        var linked = await QueryAsync("""
            mutation($p: ID!) { addResearchLink(projectId: $p, targetId: "unimelb:ResearchProject:01JABC", relation: REPLICATES) { buildsOn { relation targetId } } }
            """, new { p = project });
        Assert.Equal("REPLICATES", linked.GetProperty("addResearchLink").GetProperty("buildsOn")[0].GetProperty("relation").GetString());
        await QueryAsync("mutation($id: ID!) { setResearchProjectStatus(id: $id, status: CONCLUDED) { status } }", new { id = project });

        // The exhibition, from the project, with media; a mentor from another school comments on the draft.
        var exhibition = await drive.ReadyExhibitionAsync(project);
        // The recording goes through the upload endpoint; the media ID it answers is what the exhibition attaches.
        var recording = MediaSamples.Binary(MediaSamples.Mp3Id3Head, 64_000);
        using var upload = new ByteArrayContent(recording);
        upload.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");
        var uploaded = await Node.CreateClient().PostAsync("/media", upload);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var mediaId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var audio = await drive.AddMediaAsync(exhibition.Id, $$"""{ kind: AUDIO, caption: "Mentor conversation", transcript: "What surprised you?", mediaId: "{{mediaId}}" }""");
        await QueryAsync("mutation($e: ID!, $m: [ID!]!) { reorderMediaItems(exhibitionId: $e, mediaItemIds: $m) { id } }",
            new { e = exhibition.Id, m = new[] { exhibition.Video, exhibition.Image, exhibition.Text, audio } });
        var mentorship = (await QueryAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }",
            new { c = world.Candidate, m = world.Mentor })).GetProperty("assignMentor").GetProperty("id").GetString();
        await QueryAsync("mutation($m: ID!, $on: ID!) { commentOnWork(mentorshipId: $m, on: $on, text: \"Put the video first.\") { id } }",
            new { m = mentorship, on = exhibition.Id });

        // Submission freezes version 1.
        await drive.SubmitAsync(exhibition.Id);
        var submitted = await ExhibitionAsync(exhibition.Id);
        Assert.Equal("SUBMITTED", submitted.GetProperty("status").GetString());
        var frozen = submitted.GetProperty("versions")[0].GetProperty("document").GetString()!;
        var document = ExhibitionFormat.Deserialize(frozen);
        Assert.Equal(ExhibitionFormat.Version, document.Format);
        Assert.Equal([ExhibitionMediaKind.Video, ExhibitionMediaKind.Image, ExhibitionMediaKind.Text, ExhibitionMediaKind.Audio], document.Media.Select(m => m.Kind));
        Assert.Equal("Grace Okello", document.Author!.Name);
        Assert.Equal("unimelb:ResearchProject:01JABC", Assert.Single(document.BuildsOn).Target);
        Assert.Equal(["trust:Provocation:P1"], document.Provocations);

        // The panel examines version 1; reports stay hidden from each other until all are in.
        var adjudication = await drive.PanelAsync(exhibition.Id);
        await drive.ReportAsync(adjudication, world.Adjudicator, "MINOR_CORRECTIONS");
        var midway = await AdjudicationAsync(adjudication, world.ExternalAdjudicator);
        Assert.Equal("AWAITING_REPORTS", midway.GetProperty("phase").GetString());
        Assert.Empty(midway.GetProperty("preliminaryReports").EnumerateArray());
        await drive.ReportAsync(adjudication, world.ExternalAdjudicator, "PASS");
        var reported = await AdjudicationAsync(adjudication, world.ExternalAdjudicator);
        Assert.Equal(2, reported.GetProperty("preliminaryReports").GetArrayLength());
        Assert.Equal("AWAITING_JOINT_REPORT", reported.GetProperty("phase").GetString());

        // Minor corrections: a second version, corrected and submitted, then signed off and confirmed.
        await drive.JointAsync(adjudication, "MINOR_CORRECTIONS", Clock.GetUtcNow().AddDays(90));
        await QueryAsync("mutation($id: ID!) { reviseExhibition(id: $id) { currentVersion } }", new { id = exhibition.Id });
        await QueryAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { altText: \"Two exercise book pages, before and after.\" }) { id } }", new { id = exhibition.Image });
        await drive.SubmitAsync(exhibition.Id);
        await QueryAsync("mutation($a: ID!) { signOffCorrections(adjudicationId: $a) { id } }", new { a = adjudication });
        var decided = (await QueryAsync("""
            mutation($a: ID!) { confirmDecision(adjudicationId: $a) { phase finalDecision correctedVersion exhibitionVersion decidedAt } }
            """, new { a = adjudication })).GetProperty("confirmDecision");
        Assert.Equal("DECIDED", decided.GetProperty("phase").GetString());
        Assert.Equal("PASS", decided.GetProperty("finalDecision").GetString());
        Assert.Equal(2, decided.GetProperty("correctedVersion").GetInt32());
        Assert.Equal(1, decided.GetProperty("exhibitionVersion").GetInt32());

        // The award and its credential.
        var adjudged = await ExhibitionAsync(exhibition.Id);
        Assert.Equal("ADJUDGED", adjudged.GetProperty("status").GetString());
        Assert.Equal(frozen, adjudged.GetProperty("versions")[0].GetProperty("document").GetString());
        Assert.Contains("before and after", adjudged.GetProperty("versions")[1].GetProperty("document").GetString()!, StringComparison.Ordinal);
        var award = adjudged.GetProperty("award");
        Assert.Equal("Prof.D", award.GetProperty("title").GetString());
        Assert.Equal("AWARDED", adjudged.GetProperty("candidate").GetProperty("stage").GetString());
        var credential = award.GetProperty("credential").GetString()!;
        var verified = await VerifyAsync(credential);
        Assert.Equal("VALID", verified.GetProperty("status").GetString());
        Assert.Equal("Grace Okello", verified.GetProperty("subjectName").GetString());
        Assert.Equal(award.GetProperty("id").GetString(), verified.GetProperty("awardId").GetString());
        var jwks = JsonWebKeySet.Parse(await Node.CreateClient().GetStringAsync("/.well-known/jwks.json"));
        Assert.True(CredentialVerifier.Verify(credential, jwks).IsValid);
        var tampered = await VerifyAsync(credential.Replace("Grace Okello", "Grace Okelo", StringComparison.Ordinal));
        Assert.Equal("INVALID", tampered.GetProperty("status").GetString());

        // Publication, then withdrawal to a tombstone.
        await QueryAsync("mutation($id: ID!) { publishExhibition(id: $id, consent: true) { status } }", new { id = exhibition.Id });
        await QueryAsync("mutation($id: ID!, $s: ID!) { addShowing(exhibitionId: $id, input: { schoolId: $s, date: \"2030-03-01\", venue: \"School hall\", audience: PARENTS }) { id } }",
            new { id = exhibition.Id, s = world.SchoolA });
        var published = await ExhibitionAsync(exhibition.Id);
        Assert.Equal("PUBLISHED", published.GetProperty("status").GetString());
        Assert.Equal("Gulu High School", published.GetProperty("school").GetProperty("name").GetString());
        Assert.Equal("Grace Okello", published.GetProperty("authorName").GetString());
        Assert.Equal("Gulu High School", published.GetProperty("showings")[0].GetProperty("school").GetProperty("name").GetString());
        Assert.Equal(2, published.GetProperty("sections").GetArrayLength());
        var served = await Node.CreateClient().GetAsync($"/media/{mediaId}");
        Assert.Equal(recording, await served.Content.ReadAsByteArrayAsync());

        // Harvesters see it: the change feed's last exhibition change, and an OAI-PMH record.
        Assert.Equal("UPSERT", (await LastExhibitionChangeAsync(exhibition.Id)).GetProperty("operation").GetString());
        var record = await OaiRecordAsync(exhibition.Id);
        Assert.Null(record.Attribute("status"));
        Assert.Contains("Say it, then write it", record.Parent!.Parent!.ToString(), StringComparison.Ordinal);

        await QueryAsync("mutation($id: ID!) { withdrawExhibition(id: $id, reason: \"A family asked for the video to come down.\") { status } }", new { id = exhibition.Id });
        var tombstone = await ExhibitionAsync(exhibition.Id);
        Assert.Equal("WITHDRAWN", tombstone.GetProperty("status").GetString());
        Assert.Equal("Say it, then write it", tombstone.GetProperty("title").GetString());
        Assert.Equal("A family asked for the video to come down.", tombstone.GetProperty("withdrawalReason").GetString());
        Assert.Equal(JsonValueKind.Null, tombstone.GetProperty("abstract").ValueKind);
        Assert.Equal(JsonValueKind.Null, tombstone.GetProperty("document").ValueKind);
        Assert.Empty(tombstone.GetProperty("sections").EnumerateArray());
        Assert.Empty(tombstone.GetProperty("media").EnumerateArray());
        Assert.All(tombstone.GetProperty("versions").EnumerateArray(), v => Assert.Equal(JsonValueKind.Null, v.GetProperty("document").ValueKind));
        Assert.Equal("DELETE", (await LastExhibitionChangeAsync(exhibition.Id)).GetProperty("operation").GetString());
        Assert.Equal("deleted", (await OaiRecordAsync(exhibition.Id)).Attribute("status")?.Value);

        // Revoking the award: the credential is still authentic, and says it was revoked.
        await QueryAsync("mutation($id: ID!) { revokeAward(awardId: $id, reason: \"Issued in error.\") { revoked } }", new { id = award.GetProperty("id").GetString() });
        var revoked = await VerifyAsync(credential);
        Assert.Equal("REVOKED", revoked.GetProperty("status").GetString());
        Assert.Contains("Issued in error.", revoked.GetProperty("reason").GetString()!, StringComparison.Ordinal);
    }

    private async Task<JsonElement> ExhibitionAsync(string id) => (await QueryAsync("""
        query($id: ID!) {
          exhibition(id: $id) {
            status title abstract withdrawalReason document authorName
            school { name } sections { heading } media { kind } showings { school { name } }
            versions { number submittedAt document }
            candidate { stage }
            award { id title credential }
          }
        }
        """, new { id })).GetProperty("exhibition");

    private async Task<JsonElement> LastExhibitionChangeAsync(string id) =>
        (await QueryAsync("{ changes(first: 500) { changes { entityId operation } } }")).GetProperty("changes").GetProperty("changes")
            .EnumerateArray().Last(c => c.GetProperty("entityId").GetString() == id);

    /// <summary>The OAI-PMH header of <paramref name="id"/>'s record, from GetRecord.</summary>
    private async Task<XElement> OaiRecordAsync(string id)
    {
        XNamespace oai = "http://www.openarchives.org/OAI/2.0/";
        var xml = XDocument.Parse(await Node.CreateClient().GetStringAsync($"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:{id}"));
        return xml.Descendants(oai + "header").Single();
    }

    private async Task<JsonElement> AdjudicationAsync(string id, string asking) => (await QueryAsync("""
        query($id: ID!, $who: ID!) { adjudication(id: $id) { phase allReportsIn preliminaryReports(adjudicatorId: $who) { adjudicatorId recommendation } } }
        """, new { id, who = asking })).GetProperty("adjudication");

    private async Task<JsonElement> VerifyAsync(string credential) =>
        (await QueryAsync("query($c: String!) { verifyCredential(credential: $c) { status valid reason subjectName awardId } }", new { c = credential }))
            .GetProperty("verifyCredential");
}

public sealed class SqliteJourneyEndToEndTests() : JourneyEndToEndTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresJourneyEndToEndTests(PostgresServer server) : JourneyEndToEndTests(NodeDatabaseEngine.Postgres, server);
