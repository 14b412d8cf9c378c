using System.Text.Json;
using ProfD.Node.Research;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Harvesting;

/// <summary>The harvester against a real ProfD.Node on loopback: its own change feed, not the stand-in's.</summary>
public abstract class RealNodeHarvestTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Library = "{ library(first: 100) { totalCount nodes { id library { title authorName homeInstitution schoolId nation sourceSequence } } } }";

    [Fact]
    public async Task A_published_exhibition_arrives_its_change_follows_and_its_withdrawal_removes_it()
    {
        await using var node = await RealNode.StartAsync("alpha");
        await using var trust = await StartTrustAsync();
        await RealNodeWork.CandidateAsync(node);
        await trust.RegisterAsync("alpha", node.Endpoint);
        await RealNodeWork.PublishedAsync(node, "E1", "Talk for writing");
        await RealNodeWork.PublishedAsync(node, "E2", "Fractions outdoors");

        Assert.True(await trust.Harvester.HarvestAsync("alpha", default));
        var first = await RecordsAsync(trust);
        Assert.Equal(["alpha:Exhibition:E1", "alpha:Exhibition:E2"], first.Keys.Order().ToArray());
        var e1 = first["alpha:Exhibition:E1"];
        Assert.Equal("Talk for writing", e1.GetProperty("title").GetString());
        Assert.Equal("Ada Author", e1.GetProperty("authorName").GetString());
        Assert.Equal("alpha", e1.GetProperty("homeInstitution").GetString());
        Assert.Equal("alpha:School:S1", e1.GetProperty("schoolId").GetString());

        await RealNodeWork.RetitleAsync(node, "E1", "Talk for writing, revised");
        Assert.True(await trust.Harvester.HarvestAsync("alpha", default));
        var changed = (await RecordsAsync(trust))["alpha:Exhibition:E1"];
        Assert.Equal("Talk for writing, revised", changed.GetProperty("title").GetString());
        Assert.True(changed.GetProperty("sourceSequence").GetInt64() > e1.GetProperty("sourceSequence").GetInt64());

        await RealNodeWork.WithdrawAsync(node, "alpha:Exhibition:E2");
        Assert.True(await trust.Harvester.HarvestAsync("alpha", default));
        Assert.Equal(["alpha:Exhibition:E1"], (await RecordsAsync(trust)).Keys.ToArray());
        // The node keeps the tombstone and says so in its feed: the last change to E2 is a DELETE.
        var feed = await node.QueryAsync("{ changes(first: 100) { changes { entityId operation } } }");
        var last = feed.GetProperty("changes").GetProperty("changes").EnumerateArray().Last(c => c.GetProperty("entityId").GetString() == "alpha:Exhibition:E2");
        Assert.Equal("DELETE", last.GetProperty("operation").GetString());
    }

    [Fact]
    public async Task A_harvest_of_a_real_node_stopped_at_any_page_and_restarted_loses_nothing_and_duplicates_nothing()
    {
        await using var node = await RealNode.StartAsync("alpha");
        await RealNodeWork.CandidateAsync(node);
        await RealNodeWork.PublishedAsync(node, "E1", "One");
        await RealNodeWork.PublishedAsync(node, "E2", "Two");
        await RealNodeWork.RetitleAsync(node, "E1", "One again");
        await RealNodeWork.ProjectAsync(node, "P3", (LinkRelation.Extends, "alpha:Exhibition:E1"));
        await RealNodeWork.PublishedAsync(node, "E3", "Three", projectKey: "P3");
        await RealNodeWork.WithdrawAsync(node, "alpha:Exhibition:E2");
        await RealNodeWork.PublishedAsync(node, "E4", "Four");
        // Seven changes (school S1, six to exhibitions): page size 2 makes four pages. Stop while asking for each in turn.
        for (var stopAt = 1; stopAt <= 4; stopAt++)
        {
            await using var trust = await StartTrustAsync();
            await trust.RegisterAsync("alpha", node.Endpoint);
            using var stop = new CancellationTokenSource();
            var requestsBefore = node.FeedRequests;
            var target = stopAt;
            node.BeforeFeedRequest = async (n, aborted) =>
            {
                if (n - requestsBefore != target) return;
                await stop.CancelAsync();
                // Hold the answer until the harvester has given up on it.
                await Task.Delay(Timeout.Infinite, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
            };
            Assert.False(await trust.Harvester.HarvestAsync("alpha", stop.Token), $"stopped at page {stopAt}");
            node.BeforeFeedRequest = null;

            Assert.True(await trust.Harvester.HarvestAsync("alpha", default), $"restarted after page {stopAt}");
            await AssertFinalStateAsync(trust, $"stopped at page {stopAt}");
        }
    }

    [Fact]
    public async Task A_demo_node_is_harvested_whole_in_one_run_at_the_default_page_size()
    {
        await using var node = await RealNode.StartAsync("uclioe", seedDemoData: true);
        await using var trust = await StartTrustAsync(s => s["Trust:HarvestPageSize"] = "100");
        await trust.RegisterAsync("uclioe", node.Endpoint);

        // The demo trust harvests each node once before forming triangles: one run must reach the end of the feed.
        Assert.True(await trust.Harvester.HarvestAsync("uclioe", default));

        var atNode = await node.QueryAsync("{ schools { totalCount } exhibitions(where: { status: { eq: PUBLISHED } }) { totalCount } }");
        var atTrust = await trust.QueryAsync("{ schoolDirectory { totalCount } library { totalCount } institutions { nodes { harvest { lastError lagSeconds } } } }");
        var schools = atNode.GetProperty("schools").GetProperty("totalCount").GetInt32();
        var published = atNode.GetProperty("exhibitions").GetProperty("totalCount").GetInt32();
        Assert.True(schools > 0 && published > 0, $"the demo node has {schools} schools and {published} published exhibitions");
        Assert.Equal(schools, atTrust.GetProperty("schoolDirectory").GetProperty("totalCount").GetInt32());
        Assert.Equal(published, atTrust.GetProperty("library").GetProperty("totalCount").GetInt32());
        var harvest = atTrust.GetProperty("institutions").GetProperty("nodes")[0].GetProperty("harvest");
        Assert.Equal(JsonValueKind.Null, harvest.GetProperty("lastError").ValueKind);
        Assert.Equal(0, harvest.GetProperty("lagSeconds").GetInt64());
    }

    private static async Task AssertFinalStateAsync(TrustHost trust, string when)
    {
        var data = await trust.QueryAsync("""
            { library(first: 100) { totalCount nodes { id library { title } } facets { theme { value count } } }
              lineage(id: "alpha:Exhibition:E1") { citedByCount citedBy { id relation via } }
              schoolDirectory { totalCount } institutions { nodes { harvest { lastError } } } }
            """);
        var library = data.GetProperty("library");
        Assert.True(library.GetProperty("totalCount").GetInt32() == 3, $"{when}: {library}");
        var titles = library.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("library").GetProperty("title").GetString());
        Assert.Equal(["alpha:Exhibition:E1", "alpha:Exhibition:E3", "alpha:Exhibition:E4"], titles.Keys.Order().ToArray());
        Assert.Equal("One again", titles["alpha:Exhibition:E1"]);
        var oracy = Assert.Single(library.GetProperty("facets").GetProperty("theme").EnumerateArray());
        Assert.Equal(3, oracy.GetProperty("count").GetInt32());
        var lineage = data.GetProperty("lineage");
        Assert.True(lineage.GetProperty("citedByCount").GetInt32() == 1, $"{when}: {lineage}");
        Assert.Equal("EXTENDS", lineage.GetProperty("citedBy")[0].GetProperty("relation").GetString());
        Assert.Equal(1, data.GetProperty("schoolDirectory").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("institutions").GetProperty("nodes")[0].GetProperty("harvest").GetProperty("lastError").ValueKind);
    }

    private static async Task<Dictionary<string, JsonElement>> RecordsAsync(TrustHost trust)
    {
        var data = await trust.QueryAsync(Library);
        return data.GetProperty("library").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("library").Clone());
    }
}

public sealed class SqliteRealNodeHarvestTests() : RealNodeHarvestTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRealNodeHarvestTests(PostgresServer server) : RealNodeHarvestTests(TrustEngine.Postgres, server);
