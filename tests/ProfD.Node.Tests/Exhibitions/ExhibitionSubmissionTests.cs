using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>Submission checks accessibility and consent, names the item at fault, and freezes the version for good.</summary>
public abstract class ExhibitionSubmissionTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected ExhibitionSubmissionTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    private JourneyDriver Drive => new(QueryAsync, world);

    [Fact]
    public async Task Submitting_an_image_without_alt_text_is_refused_naming_the_item()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await QueryAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { altText: \"\" }) { id } }", new { id = exhibition.Image });

        var error = await SubmitErrorAsync(exhibition.Id);

        Assert.Equal(("BAD_USER_INPUT", "media[0].altText"), (error.Code(), error.Field()));
        Assert.Equal(exhibition.Image, error.GetProperty("extensions").GetProperty("item").GetString());
        Assert.Contains("Work before and after", error.Message(), StringComparison.Ordinal);
        await AssertStillDraftAsync(exhibition.Id);
    }

    [Theory]
    [InlineData("VIDEO")]
    [InlineData("AUDIO")]
    public async Task Submitting_a_recording_without_a_transcript_is_refused_naming_the_item(string kind)
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        var item = await Drive.AddMediaAsync(exhibition.Id, $"{{ kind: {kind}, caption: \"Untranscribed\", url: \"https://media.example.org/x\" }}");

        var error = await SubmitErrorAsync(exhibition.Id);

        Assert.Equal(("BAD_USER_INPUT", "media[3].transcript"), (error.Code(), error.Field()));
        Assert.Equal(item, error.GetProperty("extensions").GetProperty("item").GetString());
        await AssertStillDraftAsync(exhibition.Id);
    }

    [Fact]
    public async Task Submitting_a_piece_that_shows_pupils_without_recorded_consent_is_refused()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await QueryAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { consentRecorded: false }) { id } }", new { id = exhibition.Video });

        var error = await SubmitErrorAsync(exhibition.Id);

        Assert.Equal(("BAD_USER_INPUT", "media[1].consentRecorded"), (error.Code(), error.Field()));
        Assert.Equal(exhibition.Video, error.GetProperty("extensions").GetProperty("item").GetString());
        await AssertStillDraftAsync(exhibition.Id);
    }

    [Theory]
    [InlineData("abstract: \"\"", "abstract")]
    [InlineData("researchQuestion: \"\"", "researchQuestion")]
    [InlineData("sections: []", "sections")]
    public async Task Submitting_without_abstract_research_question_or_a_section_is_refused(string input, string field)
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await QueryAsync($"mutation($id: ID!) {{ updateExhibition(id: $id, input: {{ {input} }}) {{ id }} }}", new { id = exhibition.Id });

        var error = await SubmitErrorAsync(exhibition.Id);

        Assert.Equal(("BAD_USER_INPUT", field), (error.Code(), error.Field()));
        await AssertStillDraftAsync(exhibition.Id);
    }

    [Fact]
    public async Task Every_problem_is_listed_in_the_error()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await QueryAsync("mutation($id: ID!) { updateExhibition(id: $id, input: { abstract: \"\" }) { id } }", new { id = exhibition.Id });
        await QueryAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { altText: \"\" }) { id } }", new { id = exhibition.Image });
        await QueryAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { consentRecorded: false, transcript: \"\" }) { id } }", new { id = exhibition.Video });

        var error = await SubmitErrorAsync(exhibition.Id);

        var fields = error.GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString());
        Assert.Equal(["abstract", "media[0].altText", "media[1].transcript", "media[1].consentRecorded"], fields);
    }

    [Fact]
    public async Task Submission_freezes_the_version_and_editing_a_submitted_version_is_refused()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await Drive.SubmitAsync(exhibition.Id);
        var frozen = await DocumentsAsync(exhibition.Id);

        string[] edits =
        [
            "updateExhibition(id: $id, input: { title: \"Changed\" }) { id }",
            "addMediaItem(exhibitionId: $id, input: { kind: LINK, caption: \"c\", url: \"https://x.example.org\" }) { id }",
            "reorderMediaItems(exhibitionId: $id, mediaItemIds: []) { id }",
        ];
        foreach (var edit in edits)
            Assert.Equal("CONFLICT", (await ErrorAsync($"mutation($id: ID!) {{ {edit} }}", new { id = exhibition.Id })).Code());
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { caption: \"c\" }) { id } }", new { id = exhibition.Image })).Code());
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($id: ID!) { removeMediaItem(id: $id) { id } }", new { id = exhibition.Text })).Code());

        var after = await DocumentsAsync(exhibition.Id);
        Assert.Equal(frozen, after);
        var document = ExhibitionFormat.Deserialize(frozen.Current!);
        Assert.Equal(1, document.Version);
        Assert.NotNull(document.SubmittedAt);
        Assert.Equal("Say it, then write it", document.Title);
    }

    [Fact]
    public async Task Submitting_moves_the_candidate_to_exhibiting_and_submitting_twice_is_a_conflict()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await Drive.SubmitAsync(exhibition.Id);

        var again = await SubmitErrorAsync(exhibition.Id);

        Assert.Equal("CONFLICT", again.Code());
        var state = await QueryAsync("query($id: ID!) { exhibition(id: $id) { status candidate { stage } versions { submittedAt } } }", new { id = exhibition.Id });
        Assert.Equal("SUBMITTED", state.GetProperty("exhibition").GetProperty("status").GetString());
        Assert.Equal("EXHIBITING", state.GetProperty("exhibition").GetProperty("candidate").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_new_version_is_started_only_when_the_panel_asks_for_corrections()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        var draft = await ErrorAsync("mutation($id: ID!) { reviseExhibition(id: $id) { id } }", new { id = exhibition.Id });
        Assert.Equal("CONFLICT", draft.Code());
        await Drive.SubmitAsync(exhibition.Id);
        var submitted = await ErrorAsync("mutation($id: ID!) { reviseExhibition(id: $id) { id } }", new { id = exhibition.Id });
        Assert.Equal("CONFLICT", submitted.Code());
        var adjudication = await Drive.PanelAsync(exhibition.Id);
        await Drive.ReportAllAsync(adjudication, "MAJOR_CORRECTIONS");
        var beforeJoint = await ErrorAsync("mutation($id: ID!) { reviseExhibition(id: $id) { id } }", new { id = exhibition.Id });
        Assert.Equal("CONFLICT", beforeJoint.Code());

        await Drive.JointAsync(adjudication, "MAJOR_CORRECTIONS", Clock.GetUtcNow().AddDays(180));
        var revised = (await QueryAsync("mutation($id: ID!) { reviseExhibition(id: $id) { status currentVersion versions { number submittedAt } } }", new { id = exhibition.Id }))
            .GetProperty("reviseExhibition");

        Assert.Equal(("UNDER_ADJUDICATION", 2), (revised.GetProperty("status").GetString(), revised.GetProperty("currentVersion").GetInt32()));
        Assert.Equal(JsonValueKind.Null, revised.GetProperty("versions")[1].GetProperty("submittedAt").ValueKind);
        var updated = await QueryAsync("mutation($id: ID!) { updateExhibition(id: $id, input: { findings: \"Now with a comparison group.\" }) { findings } }", new { id = exhibition.Id });
        Assert.Equal("Now with a comparison group.", updated.GetProperty("updateExhibition").GetProperty("findings").GetString());
    }

    [Theory]
    [InlineData("WITHDRAWN")]
    [InlineData("AWARDED")]
    public async Task A_candidate_whose_candidacy_is_over_cannot_submit(string name)
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await using (var db = Database.CreateContext())
        {
            await db.Candidates.Where(c => c.Id == "KC").ExecuteUpdateAsync(u => u.SetProperty(c => c.Stage, Enum.Parse<CandidateStage>(name, ignoreCase: true)));
        }
        var before = await DatabaseSnapshot.TakeAsync(Database);

        var error = await SubmitErrorAsync(exhibition.Id);

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains($"candidate is {name}", error.Message(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Database));
    }

    private Task<JsonElement> SubmitErrorAsync(string id) => ErrorAsync("mutation($id: ID!) { submitExhibition(id: $id) { id } }", new { id });

    private async Task AssertStillDraftAsync(string id)
    {
        var state = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { status versions { submittedAt } candidate { stage } } }", new { id })).GetProperty("exhibition");
        Assert.Equal("DRAFT", state.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("versions")[0].GetProperty("submittedAt").ValueKind);
        Assert.Equal("RESEARCHING", state.GetProperty("candidate").GetProperty("stage").GetString());
    }

    private async Task<(string? Current, string? First)> DocumentsAsync(string id)
    {
        var e = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { document versions { document } } }", new { id })).GetProperty("exhibition");
        return (e.GetProperty("document").GetString(), e.GetProperty("versions")[0].GetProperty("document").GetString());
    }
}

public sealed class SqliteExhibitionSubmissionTests() : ExhibitionSubmissionTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExhibitionSubmissionTests(PostgresServer server) : ExhibitionSubmissionTests(NodeDatabaseEngine.Postgres, server);
