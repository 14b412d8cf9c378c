using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Adjudications;

/// <summary>formPanel: who may examine, and when.</summary>
public abstract class PanelTests : NodeApiTestBase
{
    private JourneyWorld world = null!;
    private ReadyExhibition exhibition = null!;

    private protected PanelTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
        exhibition = await new JourneyDriver(QueryAsync, world).ReadyExhibitionAsync();
        await new JourneyDriver(QueryAsync, world).SubmitAsync(exhibition.Id);
    }

    [Fact]
    public async Task A_valid_panel_examines_exactly_the_submitted_version()
    {
        var panel = (await QueryAsync("""
            mutation($e: ID!, $a: [ID!]!) { formPanel(exhibitionId: $e, adjudicatorIds: $a) { exhibitionVersion phase allReportsIn panel { adjudicatorId submitted } exhibition { status } } }
            """, new { e = exhibition.Id, a = new[] { world.Adjudicator, world.ExternalAdjudicator, world.SecondAdjudicator } })).GetProperty("formPanel");

        Assert.Equal(1, panel.GetProperty("exhibitionVersion").GetInt32());
        Assert.Equal("AWAITING_REPORTS", panel.GetProperty("phase").GetString());
        Assert.False(panel.GetProperty("allReportsIn").GetBoolean());
        var members = panel.GetProperty("panel").EnumerateArray().ToList();
        Assert.Equal(new HashSet<string?> { world.Adjudicator, world.ExternalAdjudicator, world.SecondAdjudicator },
            members.Select(m => m.GetProperty("adjudicatorId").GetString()).ToHashSet());
        Assert.All(members, m => Assert.False(m.GetProperty("submitted").GetBoolean()));
        Assert.Equal("UNDER_ADJUDICATION", panel.GetProperty("exhibition").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_one_member_panel_is_refused()
    {
        await AssertRefusedAsync([world.ExternalAdjudicator], "at least 2");
    }

    [Fact]
    public async Task The_same_adjudicator_twice_is_refused()
    {
        await AssertRefusedAsync([world.ExternalAdjudicator, world.ExternalAdjudicator], "named twice");
    }

    [Fact]
    public async Task A_panel_without_an_adjudicator_from_another_institution_is_refused()
    {
        await AssertRefusedAsync([world.Adjudicator, world.SecondAdjudicator], "another institution");
    }

    [Fact]
    public async Task Adjudicating_ones_own_exhibition_is_refused()
    {
        await AssertRefusedAsync([world.CandidateTeacher, world.ExternalAdjudicator], "own exhibition");
    }

    [Fact]
    public async Task Adjudicating_ones_own_mentee_is_refused()
    {
        await QueryAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = world.Mentor });

        await AssertRefusedAsync([world.Mentor, world.ExternalAdjudicator], "mentored the candidate");
    }

    [Fact]
    public async Task A_mentor_at_another_node_cannot_adjudicate_their_mentee_either()
    {
        await QueryAsync("mutation($c: ID!) { assignMentor(candidateId: $c, mentorId: \"elsewhere:Teacher:MENTOR\") { id } }", new { c = world.Candidate });

        await AssertRefusedAsync([world.Adjudicator, "elsewhere:Teacher:MENTOR"], "mentored the candidate");
    }

    [Fact]
    public async Task An_adjudicator_who_is_not_a_teacher_here_or_not_a_teacher_at_all_is_refused()
    {
        await AssertRefusedAsync([IdOf("Teacher", "NOBODY"), world.ExternalAdjudicator], "no teacher");
        await AssertRefusedAsync([world.SchoolA, world.ExternalAdjudicator], "not of a Teacher");
    }

    [Fact]
    public async Task A_panel_is_formed_only_for_a_submitted_exhibition_and_only_once()
    {
        var draft = await new JourneyDriver(QueryAsync, world).ReadyExhibitionAsync(candidateId: world.EnrolledCandidate);
        var early = await PanelErrorAsync(draft.Id, [world.Adjudicator, world.ExternalAdjudicator]);
        Assert.Equal("CONFLICT", early.Code());

        await new JourneyDriver(QueryAsync, world).PanelAsync(exhibition.Id);
        var again = await PanelErrorAsync(exhibition.Id, [world.SecondAdjudicator, "elsewhere:Teacher:EXT2"]);
        Assert.Equal("CONFLICT", again.Code());
    }

    private async Task AssertRefusedAsync(string[] adjudicators, string because)
    {
        var error = await PanelErrorAsync(exhibition.Id, adjudicators);

        Assert.Equal(("BAD_USER_INPUT", "adjudicatorIds"), (error.Code(), error.Field()));
        Assert.Contains(because, error.Message(), StringComparison.Ordinal);
        var state = await QueryAsync("query($id: ID!) { exhibition(id: $id) { status adjudications { id } } }", new { id = exhibition.Id });
        Assert.Equal("SUBMITTED", state.GetProperty("exhibition").GetProperty("status").GetString());
        Assert.Empty(state.GetProperty("exhibition").GetProperty("adjudications").EnumerateArray());
    }

    [Theory]
    [InlineData("WITHDRAWN")]
    [InlineData("AWARDED")]
    public async Task No_panel_is_formed_once_the_candidacy_is_over(string name)
    {
        await using (var db = Database.CreateContext())
        {
            await db.Candidates.Where(c => c.Id == "KC").ExecuteUpdateAsync(u => u.SetProperty(c => c.Stage, Enum.Parse<CandidateStage>(name, ignoreCase: true)));
        }
        var before = await DatabaseSnapshot.TakeAsync(Database);

        var error = await ErrorAsync("mutation($e: ID!, $a: [ID!]!) { formPanel(exhibitionId: $e, adjudicatorIds: $a) { id } }",
            new { e = exhibition.Id, a = new[] { world.Adjudicator, world.ExternalAdjudicator } });

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains($"candidate is {name}", error.Message(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Database));
    }

    private Task<JsonElement> PanelErrorAsync(string exhibitionId, string[] adjudicators) =>
        ErrorAsync("mutation($e: ID!, $a: [ID!]!) { formPanel(exhibitionId: $e, adjudicatorIds: $a) { id } }", new { e = exhibitionId, a = adjudicators });
}

public sealed class SqlitePanelTests() : PanelTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPanelTests(PostgresServer server) : PanelTests(NodeDatabaseEngine.Postgres, server);
