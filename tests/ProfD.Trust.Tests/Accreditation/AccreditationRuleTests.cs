using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Accreditation;

/// <summary>Each accreditation rule, accepted and refused; status over time; the mentor directory.</summary>
public abstract class AccreditationRuleTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Accredit = "mutation($input: AccreditationInput!) { accreditMentor(input: $input) { id teacherId status accreditedFrom accreditedUntil themes } }";
    private const string Teacher = "north:Teacher:T1";

    [Fact]
    public async Task A_trained_teacher_of_a_registered_institution_is_accredited()
    {
        await using var world = await WorldAsync();
        var now = world.Trust.Clock.GetUtcNow();

        var data = await world.Trust.QueryAsync(Accredit, new { input = Input(now, completedAt: now.AddDays(-10), from: now.AddDays(-1), until: now.AddYears(2)) });

        var accreditation = data.GetProperty("accreditMentor");
        Assert.Equal("ACTIVE", accreditation.GetProperty("status").GetString());
        Assert.Equal(Teacher, accreditation.GetProperty("teacherId").GetString());
        Assert.Equal(["oracy"], accreditation.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).ToArray());
        var teacher = await world.Trust.QueryAsync("query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Teacher { mentorAccreditation { status course } } } }",
            new { reps = new object[] { new { __typename = "Teacher", id = Teacher } } });
        Assert.Equal("ACTIVE", teacher.GetProperty("_entities")[0].GetProperty("mentorAccreditation").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("teacher", "north:School:T1", "input.teacherId", "not of a Teacher")]
    [InlineData("teacher", "nowhere:Teacher:T1", "input.teacherId", "not a registered institution")]
    [InlineData("course", "", "input.course", "must not be empty")]
    [InlineData("completed", "future", "input.completedAt", "in the future")]
    [InlineData("from", "before-training", "input.accreditedFrom", "before the training")]
    [InlineData("until", "before-from", "input.accreditedUntil", "must be after")]
    [InlineData("until", "six-years", "input.accreditedUntil", "at most five years")]
    public async Task Each_rule_is_refused_naming_its_field(string what, string value, string field, string rule)
    {
        await using var world = await WorldAsync();
        var now = world.Trust.Clock.GetUtcNow();
        var input = what switch
        {
            "teacher" => Input(now, teacherId: value),
            "course" => Input(now, course: value),
            "completed" => Input(now, completedAt: now.AddDays(1)),
            "from" => Input(now, completedAt: now.AddDays(-5), from: now.AddDays(-6)),
            "until" when value == "before-from" => Input(now, from: now, until: now.AddDays(-1)),
            _ => Input(now, from: now, until: now.AddYears(6)),
        };

        var body = await world.Trust.GraphQLAsync(Accredit, new { input });

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains(rule, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_accreditation_waits_until_the_first_has_lapsed()
    {
        await using var world = await WorldAsync();
        var now = world.Trust.Clock.GetUtcNow();
        await world.Trust.QueryAsync(Accredit, new { input = Input(now, until: now.AddDays(30)) });

        var twice = await world.Trust.GraphQLAsync(Accredit, new { input = Input(now, until: now.AddDays(60)) });
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(twice));

        world.Trust.Clock.Advance(TimeSpan.FromDays(31));
        var lapsed = await world.Trust.QueryAsync("{ mentorAccreditations { nodes { status } } }");
        Assert.Equal("LAPSED", lapsed.GetProperty("mentorAccreditations").GetProperty("nodes")[0].GetProperty("status").GetString());
        var later = world.Trust.Clock.GetUtcNow();
        var renewed = await world.Trust.QueryAsync(Accredit, new { input = Input(later, completedAt: later.AddDays(-1), until: later.AddYears(1)) });
        Assert.Equal("ACTIVE", renewed.GetProperty("accreditMentor").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Suspension_and_reinstatement_follow_the_status()
    {
        await using var world = await WorldAsync();
        var now = world.Trust.Clock.GetUtcNow();
        var id = (await world.Trust.QueryAsync(Accredit, new { input = Input(now, until: now.AddDays(30)) })).GetProperty("accreditMentor").GetProperty("id").GetString();
        const string Suspend = "mutation($id: ID!) { suspendMentorAccreditation(id: $id, reason: \"Under review\") { status suspensionReason } }";
        const string Reinstate = "mutation($id: ID!) { reinstateMentorAccreditation(id: $id) { status } }";

        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Reinstate, new { id })));
        Assert.Equal("SUSPENDED", (await world.Trust.QueryAsync(Suspend, new { id })).GetProperty("suspendMentorAccreditation").GetProperty("status").GetString());
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Suspend, new { id })));
        Assert.Equal("ACTIVE", (await world.Trust.QueryAsync(Reinstate, new { id })).GetProperty("reinstateMentorAccreditation").GetProperty("status").GetString());

        await world.Trust.QueryAsync(Suspend, new { id });
        world.Trust.Clock.Advance(TimeSpan.FromDays(31));
        var late = await world.Trust.GraphQLAsync(Reinstate, new { id });
        Assert.Contains("lapsed while suspended", GraphQLErrors.MessageOf(late), StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Reinstate, new { id = "trust:MentorAccreditation:NOPE" })));
    }

    [Fact]
    public async Task The_directory_lists_active_mentors_by_nation_language_theme_and_spare_capacity()
    {
        await using var world = await WorldAsync();
        var now = world.Trust.Clock.GetUtcNow();
        await world.Trust.QueryAsync(Accredit, new { input = Input(now, teacherId: "north:Teacher:T1", themes: ["oracy"]) });
        await world.Trust.QueryAsync(Accredit, new { input = Input(now, teacherId: "north:Teacher:T2", themes: ["inclusion"]) });
        await world.Trust.QueryAsync(Accredit, new { input = Input(now, teacherId: "north:Teacher:T3", themes: ["oracy"]) });
        var suspended = (await world.Trust.QueryAsync(Accredit, new { input = Input(now, teacherId: "north:Teacher:T4", themes: ["oracy"]) }))
            .GetProperty("accreditMentor").GetProperty("id").GetString();
        await world.Trust.QueryAsync("mutation($id: ID!) { suspendMentorAccreditation(id: $id, reason: \"Paused\") { status } }", new { id = suspended });

        async Task<string[]> Names(string where) =>
            [.. (await world.Trust.QueryAsync("{ mentors(where: " + where + ") { nodes { name } } }"))
                .GetProperty("mentors").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];

        Assert.Equal(["Grace Okello", "Kwame Mensah", "north:Teacher:T3"], await Names("{}"));
        Assert.Equal(["Grace Okello", "north:Teacher:T3"], await Names("{ theme: \"oracy\" }"));
        Assert.Equal(["Kwame Mensah"], await Names("{ language: \"tw\" }"));
        Assert.Equal(["Grace Okello"], await Names("{ minSpareCapacity: 2 }"));
        Assert.Equal(["Grace Okello", "Kwame Mensah", "north:Teacher:T3"], await Names("{ nation: \"GB\" }"));
        Assert.Empty(await Names("{ nation: \"UG\" }"));
    }

    private static object Input(DateTimeOffset now, string teacherId = Teacher, string course = "Research Teacher Programme",
        DateTimeOffset? completedAt = null, DateTimeOffset? from = null, DateTimeOffset? until = null, string[]? themes = null) => new
    {
        teacherId,
        course,
        completedAt = completedAt ?? now.AddDays(-30),
        accreditedFrom = from ?? now.AddDays(-1),
        accreditedUntil = until ?? now.AddYears(3),
        themes = themes ?? ["oracy"],
    };

    private async Task<World> WorldAsync()
    {
        var node = await FeedNodeServer.StartAsync("north");
        node.State.Mentor("T1", "Grace Okello", offers: true, capacity: 3, ["en", "lg"]);
        node.State.Mentor("T2", "Kwame Mensah", offers: true, capacity: 1, ["en", "tw"]);
        var trust = await StartTrustAsync();
        await trust.RegisterAsync("north", node.Endpoint, "GB");
        await trust.Harvester.HarvestAllAsync(default);
        return new World(trust, node);
    }

    private sealed record World(TrustHost Trust, FeedNodeServer Node) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Trust.DisposeAsync();
            await Node.DisposeAsync();
        }
    }
}

public sealed class SqliteAccreditationRuleTests() : AccreditationRuleTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccreditationRuleTests(PostgresServer server) : AccreditationRuleTests(TrustEngine.Postgres, server);
