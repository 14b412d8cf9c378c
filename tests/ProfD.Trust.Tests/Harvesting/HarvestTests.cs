using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Harvesting;

/// <summary>The harvester against real feed nodes on loopback: what arrives, what goes, and what survives failures.</summary>
public abstract class HarvestTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Library = "{ library(first: 100) { totalCount nodes { id library { title abstract themes homeInstitution sourceSequence } } } }";

    [Fact]
    public async Task New_changed_and_withdrawn_exhibitions_arrive_with_provenance()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", node.Endpoint);
        node.State.Exhibition("E1", "Talk for writing", "Oracy in year 5.");
        node.State.Exhibition("E2", "Fractions outdoors", "Mathematics in the playground.");
        node.State.Exhibition("E3", "A draft", "Not yet published.", status: "DRAFT");

        Assert.True(await trust.Harvester.HarvestAsync("alpha", default));
        var first = await TitlesAsync(trust);
        Assert.Equal(["Fractions outdoors", "Talk for writing"], first.Values.Order().ToArray());

        node.State.Exhibition("E1", "Talk for writing, revised", "Oracy in year 5 and 6.");
        node.State.Exhibition("E2", "Fractions outdoors", "Withdrawn.", status: "WITHDRAWN");
        node.State.Exhibition("E3", "A draft, now published", "Published at last.");
        Assert.True(await trust.Harvester.HarvestAsync("alpha", default));

        var data = await trust.QueryAsync(Library);
        var nodes = data.GetProperty("library").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, data.GetProperty("library").GetProperty("totalCount").GetInt32());
        var e1 = nodes.Single(n => n.GetProperty("id").GetString() == "alpha:Exhibition:E1").GetProperty("library");
        Assert.Equal("Talk for writing, revised", e1.GetProperty("title").GetString());
        Assert.Equal("alpha", e1.GetProperty("homeInstitution").GetString());
        Assert.Equal(4, e1.GetProperty("sourceSequence").GetInt64());
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "alpha:Exhibition:E3");
        Assert.DoesNotContain(nodes, n => n.GetProperty("id").GetString() == "alpha:Exhibition:E2");
    }

    [Fact]
    public async Task Deletions_remove_schools_mentors_and_exhibitions()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", node.Endpoint);
        node.State.School("S1", "Elm Primary", "GB", "DEVELOPED");
        node.State.School("S2", "Oak Primary", "GB", "DEVELOPED");
        node.State.Mentor("T1", "Grace Mentor", offers: true, capacity: 2, ["en"]);
        node.State.Exhibition("E1", "Talk for writing", "Oracy.");
        await trust.Harvester.HarvestAsync("alpha", default);

        node.State.School("S2", "", "", "", operation: "DELETE");
        node.State.Mentor("T1", "", offers: false, capacity: 0, [], operation: "DELETE");
        node.State.Exhibition("E1", "", "", operation: "DELETE");
        await trust.Harvester.HarvestAsync("alpha", default);

        var data = await trust.QueryAsync("{ schoolDirectory { nodes { id } } library { totalCount } }");
        Assert.Equal(["alpha:School:S1"], data.GetProperty("schoolDirectory").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(0, data.GetProperty("library").GetProperty("totalCount").GetInt32());
        await trust.WithDatabaseAsync(async db => Assert.Equal(0, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<ProfD.Trust.Accreditation.MentorProfile>())));
    }

    [Fact]
    public async Task A_harvest_stopped_at_any_point_and_restarted_loses_nothing_and_duplicates_nothing()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("E1", "One", "First.", themes: ["oracy"]);
        node.State.Exhibition("E2", "Two", "Second.", themes: ["oracy", "inclusion"]);
        node.State.Exhibition("E1", "One again", "First, changed.", themes: ["oracy"]);
        node.State.Exhibition("E3", "Three", "Third.", buildsOn: [("BUILDS_ON", "alpha:Exhibition:E1")]);
        node.State.Exhibition("E2", "", "", operation: "DELETE");
        node.State.Exhibition("E4", "Four", "Fourth.", themes: ["wellbeing"]);
        node.State.School("S1", "Elm", "GB", "DEVELOPED");
        // Page size 2: four pages. Stop while asking for each page in turn, then start again.
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
    public async Task Applying_the_whole_feed_again_changes_nothing()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("E1", "One", "First.", themes: ["oracy"]);
        node.State.Exhibition("E2", "Two", "Second.", themes: ["oracy", "inclusion"]);
        node.State.Exhibition("E1", "One again", "First, changed.", themes: ["oracy"]);
        node.State.Exhibition("E3", "Three", "Third.", buildsOn: [("BUILDS_ON", "alpha:Exhibition:E1")]);
        node.State.Exhibition("E2", "", "", operation: "DELETE");
        node.State.Exhibition("E4", "Four", "Fourth.", themes: ["wellbeing"]);
        node.State.School("S1", "Elm", "GB", "DEVELOPED");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", node.Endpoint);
        await trust.Harvester.HarvestAsync("alpha", default);

        // At-least-once: the cursor goes back to the start (as after a crash before it was saved) and every change comes again.
        await trust.QueryAsync("mutation { reharvest(institution: \"alpha\") { harvest { cursor } } }");
        Assert.True(await trust.Harvester.HarvestAsync("alpha", default));

        await AssertFinalStateAsync(trust, "after the feed was applied twice");
    }

    [Fact]
    public async Task A_node_that_is_down_or_answers_garbage_does_not_stop_the_others_and_shows_in_its_status()
    {
        await using var good = await FeedNodeServer.StartAsync("good");
        await using var garbage = await FeedNodeServer.StartAsync("garbage");
        var down = await FeedNodeServer.StartAsync("down");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("good", good.Endpoint);
        await trust.RegisterAsync("garbage", garbage.Endpoint);
        await trust.RegisterAsync("down", down.Endpoint);
        good.State.Exhibition("E1", "Good work", "Published.");
        garbage.Garbage = "<html>Service temporarily replaced by a teapot</html>";
        await down.DisposeAsync();

        await trust.Harvester.HarvestAllAsync(default);

        var data = await trust.QueryAsync("{ institutions { nodes { code harvest { lastError lastSuccessAt consecutiveFailures nextAttemptAt lagSeconds } } } library { totalCount } }");
        Assert.Equal(1, data.GetProperty("library").GetProperty("totalCount").GetInt32());
        var status = data.GetProperty("institutions").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("code").GetString()!, n => n.GetProperty("harvest"));
        Assert.Equal(JsonValueKind.Null, status["good"].GetProperty("lastError").ValueKind);
        Assert.Equal(0, status["good"].GetProperty("lagSeconds").GetInt64());
        Assert.Contains("not JSON", status["garbage"].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Contains("cannot be reached", status["down"].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, status["down"].GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.Null, status["down"].GetProperty("lastSuccessAt").ValueKind);

        // Backoff: the failed nodes wait (30 s, then 60 s, …); the good one is harvested on every run.
        good.State.Exhibition("E2", "More good work", "Published.");
        await trust.Harvester.HarvestAllAsync(default);
        data = await trust.QueryAsync("{ institutions { nodes { code harvest { consecutiveFailures } } } library { totalCount } }");
        Assert.Equal(2, data.GetProperty("library").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("institutions").GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("code").GetString() != "good"),
            n => Assert.Equal(1, n.GetProperty("harvest").GetProperty("consecutiveFailures").GetInt32()));

        trust.Clock.Advance(TimeSpan.FromSeconds(31));
        garbage.Garbage = null;
        garbage.State.Exhibition("E9", "Recovered", "Back again.");
        await trust.Harvester.HarvestAllAsync(default);
        data = await trust.QueryAsync("{ institutions { nodes { code harvest { consecutiveFailures lastError } } } library { totalCount } }");
        Assert.Equal(3, data.GetProperty("library").GetProperty("totalCount").GetInt32());
        status = data.GetProperty("institutions").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("code").GetString()!, n => n.GetProperty("harvest"));
        Assert.Equal(0, status["garbage"].GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(2, status["down"].GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_reharvest_sweeps_away_what_the_node_no_longer_reports()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("E1", "Kept", "Still there.");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", node.Endpoint);
        await trust.Harvester.HarvestAsync("alpha", default);
        // Something the feed will never report again (a record the node lost): put in by hand.
        await trust.WithDatabaseAsync(async db =>
        {
            db.Add(new ProfD.Trust.Triangles.DirectorySchool { Id = "alpha:School:GONE", HomeInstitution = "alpha", Name = "Gone", Nation = "GB", HarvestedAt = trust.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });
        trust.Clock.Advance(TimeSpan.FromMinutes(1));

        await trust.QueryAsync("mutation { reharvest(institution: \"alpha\") { code } }");
        await trust.Harvester.HarvestAsync("alpha", default);

        var data = await trust.QueryAsync("{ schoolDirectory { totalCount } library { totalCount } }");
        Assert.Equal(0, data.GetProperty("schoolDirectory").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("library").GetProperty("totalCount").GetInt32());
    }

    private static async Task AssertFinalStateAsync(TrustHost trust, string when)
    {
        var data = await trust.QueryAsync("""
            { library(first: 100, orderBy: [{ field: PUBLISHED_AT, direction: ASC }]) { totalCount nodes { id library { title themes } } facets { theme { value count } } }
              lineage(id: "alpha:Exhibition:E1") { citedByCount citedBy { id } }
              schoolDirectory { totalCount } }
            """);
        var library = data.GetProperty("library");
        var titles = library.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("library").GetProperty("title").GetString());
        Assert.True(titles.Count == 3, $"{when}: {library}");
        Assert.Equal("One again", titles["alpha:Exhibition:E1"]);
        Assert.Equal(["alpha:Exhibition:E1", "alpha:Exhibition:E3", "alpha:Exhibition:E4"], titles.Keys.Order().ToArray());
        var themes = library.GetProperty("facets").GetProperty("theme").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["oracy"] = 1, ["wellbeing"] = 1 }, themes);
        Assert.Equal(1, data.GetProperty("lineage").GetProperty("citedByCount").GetInt32());
        Assert.Equal(1, data.GetProperty("schoolDirectory").GetProperty("totalCount").GetInt32());
    }

    private static async Task<Dictionary<string, string>> TitlesAsync(TrustHost trust)
    {
        var data = await trust.QueryAsync(Library);
        return data.GetProperty("library").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("library").GetProperty("title").GetString()!);
    }
}

public sealed class SqliteHarvestTests() : HarvestTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHarvestTests(PostgresServer server) : HarvestTests(TrustEngine.Postgres, server);
