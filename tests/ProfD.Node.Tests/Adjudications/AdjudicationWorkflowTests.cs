using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Adjudications;

/// <summary>The panel's steps, each allowed only in its phase, and the institution's confirmation.</summary>
public abstract class AdjudicationWorkflowTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected AdjudicationWorkflowTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    private JourneyDriver Drive => new(QueryAsync, world);

    private async Task<string> PanelAsync()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await Drive.SubmitAsync(exhibition.Id);
        return await Drive.PanelAsync(exhibition.Id);
    }

    [Fact]
    public async Task Preliminary_reports_are_hidden_from_other_members_until_all_are_in()
    {
        var adjudication = await PanelAsync();
        await Drive.ReportAsync(adjudication, world.Adjudicator, "MINOR_CORRECTIONS");

        Assert.Equal([world.Adjudicator], await ReadableReportsAsync(adjudication, world.Adjudicator));
        Assert.Empty(await ReadableReportsAsync(adjudication, world.ExternalAdjudicator));
        var panel = (await QueryAsync("query($id: ID!) { adjudication(id: $id) { panel { adjudicatorId submitted } } }", new { id = adjudication }))
            .GetProperty("adjudication").GetProperty("panel").EnumerateArray().ToDictionary(m => m.GetProperty("adjudicatorId").GetString()!, m => m.GetProperty("submitted").GetBoolean());
        Assert.True(panel[world.Adjudicator]);
        Assert.False(panel[world.ExternalAdjudicator]);

        await Drive.ReportAsync(adjudication, world.ExternalAdjudicator, "PASS");

        Assert.Equal(2, (await ReadableReportsAsync(adjudication, world.Adjudicator)).Count);
        Assert.Equal(2, (await ReadableReportsAsync(adjudication, world.ExternalAdjudicator)).Count);
    }

    [Fact]
    public async Task Someone_not_on_the_panel_may_neither_read_nor_write_preliminary_reports()
    {
        var adjudication = await PanelAsync();

        var read = await ErrorAsync("query($id: ID!, $who: ID!) { adjudication(id: $id) { preliminaryReports(adjudicatorId: $who) { report } } }", new { id = adjudication, who = world.Mentor });
        var write = await ErrorAsync("mutation($a: ID!, $who: ID!) { submitPreliminaryReport(adjudicationId: $a, adjudicatorId: $who, report: \"r\", recommendation: PASS) { id } }",
            new { a = adjudication, who = world.Mentor });

        Assert.Equal("FORBIDDEN", read.Code());
        Assert.Equal(("FORBIDDEN", "adjudicatorId"), (write.Code(), write.Field()));
    }

    [Fact]
    public async Task Each_member_reports_once()
    {
        var adjudication = await PanelAsync();
        await Drive.ReportAsync(adjudication, world.Adjudicator, "PASS");

        var again = await ErrorAsync("mutation($a: ID!, $who: ID!) { submitPreliminaryReport(adjudicationId: $a, adjudicatorId: $who, report: \"Second thoughts.\", recommendation: FAIL) { id } }",
            new { a = adjudication, who = world.Adjudicator });

        Assert.Equal("CONFLICT", again.Code());
        var reports = (await QueryAsync("query($id: ID!, $who: ID!) { adjudication(id: $id) { preliminaryReports(adjudicatorId: $who) { recommendation } } }", new { id = adjudication, who = world.Adjudicator }))
            .GetProperty("adjudication").GetProperty("preliminaryReports");
        Assert.Equal("PASS", reports[0].GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task The_joint_report_waits_for_every_preliminary_report()
    {
        var adjudication = await PanelAsync();
        await Drive.ReportAsync(adjudication, world.Adjudicator, "PASS");

        var error = await JointErrorAsync(adjudication, "PASS");

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains("not every panel member", error.Message(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MINOR_CORRECTIONS", null, "correctionsDeadline")]
    [InlineData("MAJOR_CORRECTIONS", -1, "correctionsDeadline")]
    [InlineData("PASS", 30, "correctionsDeadline")]
    public async Task Corrections_need_a_deadline_in_the_future_and_nothing_else_takes_one(string recommendation, int? days, string field)
    {
        var adjudication = await PanelAsync();
        await Drive.ReportAllAsync(adjudication, recommendation);

        var error = await JointErrorAsync(adjudication, recommendation, days is null ? null : Clock.GetUtcNow().AddDays(days.Value));

        Assert.Equal(("BAD_USER_INPUT", field), (error.Code(), error.Field()));
        var state = (await QueryAsync("query($id: ID!) { adjudication(id: $id) { phase jointRecommendation } }", new { id = adjudication })).GetProperty("adjudication");
        Assert.Equal("AWAITING_JOINT_REPORT", state.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Corrections_are_signed_off_only_once_a_corrected_version_is_submitted_and_only_then_confirmed()
    {
        var (exhibition, adjudication) = await Drive.JointReportedAsync("MINOR_CORRECTIONS", Clock.GetUtcNow().AddDays(60));

        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($a: ID!) { confirmDecision(adjudicationId: $a) { id } }", new { a = adjudication })).Code());
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($a: ID!) { signOffCorrections(adjudicationId: $a) { id } }", new { a = adjudication })).Code());
        await QueryAsync("mutation($id: ID!) { reviseExhibition(id: $id) { id } }", new { id = exhibition.Id });
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($a: ID!) { signOffCorrections(adjudicationId: $a) { id } }", new { a = adjudication })).Code());

        await Drive.SubmitAsync(exhibition.Id);
        var signed = (await QueryAsync("mutation($a: ID!) { signOffCorrections(adjudicationId: $a) { phase correctedVersion correctionsSignedOffAt } }", new { a = adjudication }))
            .GetProperty("signOffCorrections");

        Assert.Equal("AWAITING_CONFIRMATION", signed.GetProperty("phase").GetString());
        Assert.Equal(2, signed.GetProperty("correctedVersion").GetInt32());
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($a: ID!) { signOffCorrections(adjudicationId: $a) { id } }", new { a = adjudication })).Code());
    }

    [Fact]
    public async Task A_corrected_version_submitted_after_the_deadline_is_refused_naming_the_deadline()
    {
        var deadline = Clock.GetUtcNow().AddDays(30);
        var (exhibition, adjudication) = await Drive.JointReportedAsync("MINOR_CORRECTIONS", deadline);
        await QueryAsync("mutation($id: ID!) { reviseExhibition(id: $id) { id } }", new { id = exhibition.Id });
        Clock.Advance(TimeSpan.FromDays(31));
        var before = await DatabaseSnapshot.TakeAsync(Database);

        var error = await ErrorAsync("mutation($id: ID!) { submitExhibition(id: $id) { id } }", new { id = exhibition.Id });

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains($"due by {deadline.UtcDateTime:yyyy-MM-dd HH:mm} UTC", error.Message(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Database));
        var phase = await QueryAsync("query($id: ID!) { adjudication(id: $id) { phase } }", new { id = adjudication });
        Assert.Equal("AWAITING_CORRECTIONS", phase.GetProperty("adjudication").GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Corrections_never_submitted_cannot_be_signed_off()
    {
        var (exhibition, adjudication) = await Drive.JointReportedAsync("MAJOR_CORRECTIONS", Clock.GetUtcNow().AddDays(60));
        await QueryAsync("mutation($id: ID!) { reviseExhibition(id: $id) { id } }", new { id = exhibition.Id });
        var before = await DatabaseSnapshot.TakeAsync(Database);

        var error = await ErrorAsync("mutation($a: ID!) { signOffCorrections(adjudicationId: $a) { id } }", new { a = adjudication });

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains("No corrected version has been submitted", error.Message(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Database));
    }

    [Fact]
    public async Task A_pass_awards_the_title_and_ends_the_candidates_mentorships()
    {
        var mentorship = (await QueryAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = world.Mentor }))
            .GetProperty("assignMentor").GetProperty("id").GetString();
        var (exhibition, _) = await Drive.AwardedAsync();

        var state = (await QueryAsync("""
            query($e: ID!, $m: ID!) {
              exhibition(id: $e) { status award { title awardedAt credential candidate { stage } } }
              mentorship(id: $m) { active endedAt }
            }
            """, new { e = exhibition.Id, m = mentorship }));

        var award = state.GetProperty("exhibition").GetProperty("award");
        Assert.Equal("ADJUDGED", state.GetProperty("exhibition").GetProperty("status").GetString());
        Assert.Equal("Prof.D", award.GetProperty("title").GetString());
        Assert.Equal("AWARDED", award.GetProperty("candidate").GetProperty("stage").GetString());
        Assert.StartsWith("{", award.GetProperty("credential").GetString(), StringComparison.Ordinal);
        Assert.False(state.GetProperty("mentorship").GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Resubmit_sends_the_exhibition_back_to_draft_as_a_new_version()
    {
        var (exhibition, adjudication) = await Drive.JointReportedAsync("RESUBMIT");

        await QueryAsync("mutation($a: ID!) { confirmDecision(adjudicationId: $a) { id } }", new { a = adjudication });

        var state = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { status currentVersion versions { number submittedAt } award { id } candidate { stage } } }", new { id = exhibition.Id }))
            .GetProperty("exhibition");
        Assert.Equal(("DRAFT", 2), (state.GetProperty("status").GetString(), state.GetProperty("currentVersion").GetInt32()));
        Assert.Equal(JsonValueKind.Null, state.GetProperty("versions")[1].GetProperty("submittedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, state.GetProperty("award").ValueKind);
        Assert.Equal("EXHIBITING", state.GetProperty("candidate").GetProperty("stage").GetString());
        await QueryAsync("mutation($id: ID!) { updateExhibition(id: $id, input: { findings: \"After a third cycle.\" }) { id } }", new { id = exhibition.Id });
        await Drive.SubmitAsync(exhibition.Id);
        var second = await Drive.PanelAsync(exhibition.Id);
        var examined = await QueryAsync("query($id: ID!) { adjudication(id: $id) { exhibitionVersion } }", new { id = second });
        Assert.Equal(2, examined.GetProperty("adjudication").GetProperty("exhibitionVersion").GetInt32());
    }

    [Fact]
    public async Task Fail_ends_the_candidacy_without_an_award()
    {
        var (exhibition, adjudication) = await Drive.JointReportedAsync("FAIL");

        var decided = (await QueryAsync("mutation($a: ID!) { confirmDecision(adjudicationId: $a) { finalDecision } }", new { a = adjudication })).GetProperty("confirmDecision");

        Assert.Equal("FAIL", decided.GetProperty("finalDecision").GetString());
        var state = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { status award { id } candidate { stage } } }", new { id = exhibition.Id })).GetProperty("exhibition");
        Assert.Equal("ADJUDGED", state.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("award").ValueKind);
        Assert.Equal("WITHDRAWN", state.GetProperty("candidate").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task After_confirmation_nothing_about_the_adjudication_can_change()
    {
        var (_, adjudication) = await Drive.AwardedAsync();

        string[] changes =
        [
            "confirmDecision(adjudicationId: $a) { id }",
            "signOffCorrections(adjudicationId: $a) { id }",
            "submitJointReport(adjudicationId: $a, report: \"Changed our minds.\", recommendation: FAIL) { id }",
            $"submitPreliminaryReport(adjudicationId: $a, adjudicatorId: \"{world.Adjudicator}\", report: \"r\", recommendation: FAIL) {{ id }}",
        ];
        foreach (var change in changes)
        {
            var error = await ErrorAsync($"mutation($a: ID!) {{ {change} }}", new { a = adjudication });
            Assert.Equal("CONFLICT", error.Code());
        }
        var state = (await QueryAsync("query($id: ID!) { adjudication(id: $id) { phase finalDecision jointRecommendation } }", new { id = adjudication })).GetProperty("adjudication");
        Assert.Equal(("DECIDED", "PASS", "PASS"), (state.GetProperty("phase").GetString(), state.GetProperty("finalDecision").GetString(), state.GetProperty("jointRecommendation").GetString()));
    }

    private async Task<List<string?>> ReadableReportsAsync(string adjudication, string asking) =>
        [.. (await QueryAsync("query($id: ID!, $who: ID!) { adjudication(id: $id) { preliminaryReports(adjudicatorId: $who) { adjudicatorId report } } }", new { id = adjudication, who = asking }))
            .GetProperty("adjudication").GetProperty("preliminaryReports").EnumerateArray().Select(r => r.GetProperty("adjudicatorId").GetString())];

    private Task<JsonElement> JointErrorAsync(string adjudication, string recommendation, DateTimeOffset? deadline = null) =>
        ErrorAsync($"mutation($a: ID!, $d: DateTime) {{ submitJointReport(adjudicationId: $a, report: \"Agreed.\", recommendation: {recommendation}, correctionsDeadline: $d) {{ id }} }}",
            new { a = adjudication, d = deadline });
}

public sealed class SqliteAdjudicationWorkflowTests() : AdjudicationWorkflowTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAdjudicationWorkflowTests(PostgresServer server) : AdjudicationWorkflowTests(NodeDatabaseEngine.Postgres, server);
