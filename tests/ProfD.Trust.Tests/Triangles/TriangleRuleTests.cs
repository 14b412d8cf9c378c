using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Triangles;

/// <summary>Each triangle rule, accepted and refused, on schools harvested from three feed nodes.</summary>
public abstract class TriangleRuleTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Form = "mutation($input: TriangleInput!) { formTriangle(input: $input) { id name status complete schoolIds members { name nation economy } } }";

    // gb1, gb2: DEVELOPED in GB; au1: DEVELOPED in AU; ug1, ug2: DEVELOPING in UG.
    private const string Gb1 = "north:School:GB1", Gb2 = "north:School:GB2", Au1 = "south:School:AU1", Ug1 = "east:School:UG1", Ug2 = "east:School:UG2";

    [Fact]
    public async Task Two_developed_schools_in_two_nations_and_one_developing_form_a_complete_triangle()
    {
        await using var world = await WorldAsync();

        var data = await world.Trust.QueryAsync(Form, new { input = new { name = "Thames–Yarra–Nile", schoolIds = new[] { Gb1, Au1, Ug1 } } });

        var triangle = data.GetProperty("formTriangle");
        Assert.Equal("ACTIVE", triangle.GetProperty("status").GetString());
        Assert.True(triangle.GetProperty("complete").GetBoolean());
        Assert.Equal([Gb1, Au1, Ug1], triangle.GetProperty("schoolIds").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(["GB", "AU", "UG"], triangle.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("nation").GetString()!).ToArray());
        Assert.StartsWith("trust:Triangle:", triangle.GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { Gb1, Au1 }, "exactly three schools")]
    [InlineData(new[] { Gb1, Au1, Gb1 }, "three distinct schools")]
    [InlineData(new[] { Gb1, Au1, "east:School:NOPE" }, "does not know 'east:School:NOPE'")]
    [InlineData(new[] { Gb1, Ug1, Ug2 }, "1 DEVELOPED and 2 DEVELOPING")]
    [InlineData(new[] { Gb1, Gb2, Au1 }, "3 DEVELOPED and 0 DEVELOPING")]
    [InlineData(new[] { Gb1, Gb2, Ug1 }, "two different nations")]
    [InlineData(new[] { Gb1, Au1, "east:Teacher:UG1" }, "not of a School")]
    public async Task Each_rule_is_refused_with_an_error_naming_it(string[] schools, string rule)
    {
        await using var world = await WorldAsync();

        var body = await world.Trust.GraphQLAsync(Form, new { input = new { name = "Broken", schoolIds = schools } });

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("input.schoolIds", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains(rule, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(world.Trust));
    }

    [Fact]
    public async Task A_school_is_in_at_most_one_active_triangle_until_that_one_is_dissolved()
    {
        await using var world = await WorldAsync();
        var first = (await world.Trust.QueryAsync(Form, new { input = new { name = "First", schoolIds = new[] { Gb1, Au1, Ug1 } } })).GetProperty("formTriangle").GetProperty("id").GetString();

        var body = await world.Trust.GraphQLAsync(Form, new { input = new { name = "Second", schoolIds = new[] { Gb2, Au1, Ug2 } } });
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(body));
        Assert.Contains("at most one active triangle", GraphQLErrors.MessageOf(body), StringComparison.Ordinal);

        await world.Trust.QueryAsync("mutation($id: ID!) { dissolveTriangle(id: $id) { status } }", new { id = first });
        var second = await world.Trust.QueryAsync(Form, new { input = new { name = "Second", schoolIds = new[] { Gb2, Au1, Ug2 } } });
        Assert.Equal("ACTIVE", second.GetProperty("formTriangle").GetProperty("status").GetString());

        var again = await world.Trust.GraphQLAsync("mutation($id: ID!) { dissolveTriangle(id: $id) { status } }", new { id = first });
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(again));
    }

    [Fact]
    public async Task Changing_a_triangle_keeps_the_rules_and_the_school_knows_its_triangle()
    {
        await using var world = await WorldAsync();
        var id = (await world.Trust.QueryAsync(Form, new { input = new { name = "First", schoolIds = new[] { Gb1, Au1, Ug1 } } })).GetProperty("formTriangle").GetProperty("id").GetString();

        var refused = await world.Trust.GraphQLAsync("mutation($id: ID!, $input: TriangleInput!) { changeTriangle(id: $id, input: $input) { id } }",
            new { id, input = new { schoolIds = new[] { Gb1, Gb2, Ug1 } } });
        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(refused));

        var changed = await world.Trust.QueryAsync("mutation($id: ID!, $input: TriangleInput!) { changeTriangle(id: $id, input: $input) { schoolIds } }",
            new { id, input = new { schoolIds = new[] { Gb2, Au1, Ug2 } } });
        Assert.Equal([Gb2, Au1, Ug2], changed.GetProperty("changeTriangle").GetProperty("schoolIds").EnumerateArray().Select(s => s.GetString()!).ToArray());

        var entities = await world.Trust.QueryAsync("query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id triangle { id } } } }",
            new { reps = new object[] { new { __typename = "School", id = Gb2 }, new { __typename = "School", id = Gb1 } } });
        var schools = entities.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(id, schools[0].GetProperty("triangle").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, schools[1].GetProperty("triangle").ValueKind);
    }

    [Fact]
    public async Task The_partnership_log_is_dated_and_refuses_the_future()
    {
        await using var world = await WorldAsync();
        var id = (await world.Trust.QueryAsync(Form, new { input = new { name = "First", schoolIds = new[] { Gb1, Au1, Ug1 } } })).GetProperty("formTriangle").GetProperty("id").GetString();
        const string Log = "mutation($id: ID!, $input: TriangleActivityInput!) { logTriangleActivity(triangleId: $id, input: $input) { kind occurredAt } }";
        var now = world.Trust.Clock.GetUtcNow();

        await world.Trust.QueryAsync(Log, new { id, input = new { kind = "CALL", occurredAt = now.AddDays(-2), summary = "Planning call" } });
        await world.Trust.QueryAsync(Log, new { id, input = new { kind = "VISIT", occurredAt = now.AddDays(-9), summary = "Visit to Kampala" } });
        var future = await world.Trust.GraphQLAsync(Log, new { id, input = new { kind = "VISIT", occurredAt = now.AddDays(3), summary = "Not yet" } });
        var noExhibition = await world.Trust.GraphQLAsync(Log, new { id, input = new { kind = "SHARED_EXHIBITION", occurredAt = now.AddDays(-1), summary = "Shared" } });

        Assert.Equal("input.occurredAt", GraphQLErrors.Single(future).GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal("input.exhibitionId", GraphQLErrors.Single(noExhibition).GetProperty("extensions").GetProperty("field").GetString());
        var log = await world.Trust.QueryAsync("query($id: ID!) { triangle(id: $id) { activities { kind } } }", new { id });
        Assert.Equal(["VISIT", "CALL"], log.GetProperty("triangle").GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToArray());
    }

    private static async Task<int> CountAsync(TrustHost trust) =>
        (await trust.QueryAsync("{ triangles { totalCount } }")).GetProperty("triangles").GetProperty("totalCount").GetInt32();

    private async Task<World> WorldAsync()
    {
        var north = await FeedNodeServer.StartAsync("north");
        var south = await FeedNodeServer.StartAsync("south");
        var east = await FeedNodeServer.StartAsync("east");
        north.State.School("GB1", "Elm Primary", "GB", "DEVELOPED");
        north.State.School("GB2", "Oak Academy", "GB", "DEVELOPED");
        south.State.School("AU1", "Wattle Grove", "AU", "DEVELOPED");
        east.State.School("UG1", "Kawempe Hill", "UG", "DEVELOPING");
        east.State.School("UG2", "Gulu Highway", "UG", "DEVELOPING");
        var trust = await StartTrustAsync();
        await trust.RegisterAsync("north", north.Endpoint, "GB");
        await trust.RegisterAsync("south", south.Endpoint, "AU");
        await trust.RegisterAsync("east", east.Endpoint, "UG");
        await trust.Harvester.HarvestAllAsync(default);
        return new World(trust, [north, south, east]);
    }

    private sealed record World(TrustHost Trust, FeedNodeServer[] Nodes) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Trust.DisposeAsync();
            foreach (var node in Nodes) await node.DisposeAsync();
        }
    }
}

public sealed class SqliteTriangleRuleTests() : TriangleRuleTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTriangleRuleTests(PostgresServer server) : TriangleRuleTests(TrustEngine.Postgres, server);
