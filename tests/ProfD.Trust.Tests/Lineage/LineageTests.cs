using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Lineage;

/// <summary>Lineage across three nodes: project→project, exhibition→project and exhibition→exhibition links, both ways.</summary>
public abstract class LineageTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Lineage = """
        query($id: ID!) { lineage(id: $id) { id buildsOnCount citedByCount
          buildsOn { relation id homeInstitution via exhibition { id } }
          citedBy { relation id homeInstitution via exhibition { id } } } }
        """;

    private const string P1 = "alpha:ResearchProject:P1", E1 = "alpha:Exhibition:E1", P2 = "beta:ResearchProject:P2", E2 = "beta:Exhibition:E2";
    private const string E3 = "gamma:Exhibition:E3", E4 = "gamma:Exhibition:E4";

    [Fact]
    public async Task Links_between_nodes_count_once_per_work_in_both_directions_with_relation_and_via()
    {
        await using var world = await WorldAsync();

        // P1 (presented by E1) is cited by E2's project (EXTENDS) and by E3 directly (CHALLENGES); E2 and P2 are one work.
        foreach (var id in new[] { P1, E1 })
        {
            var p1 = await LineageAsync(world.Trust, id);
            Assert.Equal(2, p1.GetProperty("citedByCount").GetInt32());
            Assert.Equal(0, p1.GetProperty("buildsOnCount").GetInt32());
            var citedBy = Links(p1, "citedBy");
            Assert.Equal([(E2, "EXTENDS", "beta", P1), (E3, "CHALLENGES", "gamma", P1)], citedBy.Select(l => (l.Id, l.Relation, l.Home, l.Via)).ToArray());
            Assert.Equal(new string?[] { E2, E3 }, citedBy.Select(l => l.Exhibition));
        }

        foreach (var id in new[] { E2, P2 })
        {
            var e2 = await LineageAsync(world.Trust, id);
            var buildsOn = Assert.Single(Links(e2, "buildsOn"));
            Assert.Equal((P1, "EXTENDS", "alpha", E1), (buildsOn.Id, buildsOn.Relation, buildsOn.Home, buildsOn.Exhibition));
            Assert.Contains(buildsOn.Via, new[] { E2, P2 });
            var citedBy = Assert.Single(Links(e2, "citedBy"));
            Assert.Equal((E4, "REPLICATES", "gamma", E2), (citedBy.Id, citedBy.Relation, citedBy.Home, citedBy.Via));
            Assert.Equal(1, e2.GetProperty("buildsOnCount").GetInt32());
            Assert.Equal(1, e2.GetProperty("citedByCount").GetInt32());
        }

        var e4 = await LineageAsync(world.Trust, E4);
        Assert.Equal([(E2, "REPLICATES", "beta", E4)], Links(e4, "buildsOn").Select(l => (l.Id, l.Relation, l.Home, l.Via)).ToArray());
        Assert.Equal(0, e4.GetProperty("citedByCount").GetInt32());

        var entity = await world.Trust.QueryAsync("query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Exhibition { citedBy { relation homeInstitution } citedByCount } } }",
            new { reps = new object[] { new { __typename = "Exhibition", id = E2 } } });
        // What an exhibition builds on is its home node's field; the trust's entity adds who cites it.
        var citer = Assert.Single(entity.GetProperty("_entities")[0].GetProperty("citedBy").EnumerateArray());
        Assert.Equal(("REPLICATES", "gamma"), (citer.GetProperty("relation").GetString(), citer.GetProperty("homeInstitution").GetString()));
        Assert.Equal(1, entity.GetProperty("_entities")[0].GetProperty("citedByCount").GetInt32());
    }

    [Fact]
    public async Task Withdrawals_take_their_links_away_but_a_withdrawn_target_keeps_its_citations()
    {
        await using var world = await WorldAsync();
        world.Alpha.State.Exhibition("E1", "", "", status: "WITHDRAWN", projectKey: "P1");
        world.Gamma.State.Exhibition("E3", "", "", operation: "DELETE");
        await world.Trust.Harvester.HarvestAllAsync(default);

        // E3's link went with E3; E2's link to P1 stays, but the library no longer has an exhibition presenting P1.
        var p1 = await LineageAsync(world.Trust, P1);
        Assert.Equal([E2], Links(p1, "citedBy").Select(l => l.Id).ToArray());
        var e2 = await LineageAsync(world.Trust, E2);
        Assert.Null(Assert.Single(Links(e2, "buildsOn")).Exhibition);
    }

    [Fact]
    public async Task Lineage_is_only_about_exhibitions_and_projects()
    {
        await using var trust = await StartTrustAsync();

        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Lineage, new { id = "alpha:School:S1" })));
        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Lineage, new { id = "no id" })));
        var nothing = await LineageAsync(trust, "delta:Exhibition:X");
        Assert.Equal(0, nothing.GetProperty("citedByCount").GetInt32() + nothing.GetProperty("buildsOnCount").GetInt32());
    }

    private async Task<World> WorldAsync()
    {
        var alpha = await FeedNodeServer.StartAsync("alpha");
        var beta = await FeedNodeServer.StartAsync("beta");
        var gamma = await FeedNodeServer.StartAsync("gamma");
        var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", alpha.Endpoint);
        await trust.RegisterAsync("beta", beta.Endpoint, "AU");
        await trust.RegisterAsync("gamma", gamma.Endpoint, "UG");
        alpha.State.Exhibition("E1", "Talk partners", "Pairs.", projectKey: "P1");
        // As a real node reports it: the exhibition carries its project's links, and so does the project.
        beta.State.Exhibition("E2", "Talk partners extended", "More pairs.", projectKey: "P2",
            buildsOn: [("EXTENDS", P1)], projectBuildsOn: [("EXTENDS", P1)]);
        gamma.State.Exhibition("E3", "Against talk partners", "Silence first.", buildsOn: [("CHALLENGES", P1)]);
        gamma.State.Exhibition("E4", "Talk partners in Gulu", "Replicated.", buildsOn: [("REPLICATES", E2)]);
        await trust.Harvester.HarvestAllAsync(default);
        return new World(alpha, beta, gamma, trust);
    }

    private static async Task<JsonElement> LineageAsync(TrustHost trust, string id) =>
        (await trust.QueryAsync(Lineage, new { id })).GetProperty("lineage");

    private static List<(string Id, string Relation, string Home, string Via, string? Exhibition)> Links(JsonElement lineage, string direction) =>
        [.. lineage.GetProperty(direction).EnumerateArray().Select(l => (
            l.GetProperty("id").GetString()!, l.GetProperty("relation").GetString()!, l.GetProperty("homeInstitution").GetString()!,
            l.GetProperty("via").GetString()!, l.GetProperty("exhibition").ValueKind == JsonValueKind.Null ? null : l.GetProperty("exhibition").GetProperty("id").GetString()))];

    private sealed record World(FeedNodeServer Alpha, FeedNodeServer Beta, FeedNodeServer Gamma, TrustHost Trust) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Trust.DisposeAsync();
            await Alpha.DisposeAsync();
            await Beta.DisposeAsync();
            await Gamma.DisposeAsync();
        }
    }
}

public sealed class SqliteLineageTests() : LineageTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLineageTests(PostgresServer server) : LineageTests(TrustEngine.Postgres, server);
