using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;
using ProfD.Trust.Tests.Provocations;

namespace ProfD.Trust.Tests.Federation;

/// <summary>What the gateway asks the trust about a node's Exhibition through <c>_entities</c>: its provocations and who cites it.</summary>
public abstract class ExhibitionEntityTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Entities = """
        query($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Exhibition { id provocations { id title retired } citedByCount citedBy { id relation via homeInstitution } library { title } }
          ... on Provocation { id title } } }
        """;

    [Fact]
    public async Task Exhibition_provocations_and_citedBy_resolve_through_entities()
    {
        await using var alpha = await FeedNodeServer.StartAsync("alpha");
        await using var beta = await FeedNodeServer.StartAsync("beta");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", alpha.Endpoint);
        await trust.RegisterAsync("beta", beta.Endpoint, "AU");
        var talk = await ProvocationTests.CreateAsync(trust, "Talk partners", "Pairs rehearse.");
        var retired = await ProvocationTests.CreateAsync(trust, "Old question", "Retired since.");
        await trust.QueryAsync("mutation($id: ID!) { retireProvocation(id: $id) { id } }", new { id = retired });
        alpha.State.Exhibition("E1", "Say it, then write it", "Oracy.", provocations: [talk, retired, "trust:Provocation:GONE"]);
        beta.State.Exhibition("E9", "Talk in Melbourne", "Replicated.", buildsOn: [("REPLICATES", "alpha:Exhibition:E1")]);
        await trust.Harvester.HarvestAllAsync(default);

        var data = await trust.QueryAsync(Entities, new
        {
            reps = new object[]
            {
                new { __typename = "Exhibition", id = "alpha:Exhibition:E1" },
                new { __typename = "Exhibition", id = "alpha:Exhibition:UNKNOWN" },
                new { __typename = "Provocation", id = talk },
            },
        });

        var entities = data.GetProperty("_entities").EnumerateArray().ToList();
        var e1 = entities[0];
        Assert.Equal("alpha:Exhibition:E1", e1.GetProperty("id").GetString());
        var provocations = e1.GetProperty("provocations").EnumerateArray().ToList();
        Assert.Equal(3, provocations.Count);
        Assert.Equal("Talk partners", provocations[0].GetProperty("title").GetString());
        Assert.True(provocations[1].GetProperty("retired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, provocations[2].ValueKind);
        Assert.Equal(1, e1.GetProperty("citedByCount").GetInt32());
        var citing = Assert.Single(e1.GetProperty("citedBy").EnumerateArray());
        Assert.Equal("beta:Exhibition:E9", citing.GetProperty("id").GetString());
        Assert.Equal("REPLICATES", citing.GetProperty("relation").GetString());
        Assert.Equal("alpha:Exhibition:E1", citing.GetProperty("via").GetString());
        Assert.Equal("beta", citing.GetProperty("homeInstitution").GetString());

        // An exhibition the library lacks still resolves: nothing cites it, it answers nothing, it has no record.
        var unknown = entities[1];
        Assert.Equal(0, unknown.GetProperty("citedByCount").GetInt32());
        Assert.Empty(unknown.GetProperty("provocations").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("library").ValueKind);
        Assert.Equal("Talk partners", entities[2].GetProperty("title").GetString());
    }
}

public sealed class SqliteExhibitionEntityTests() : ExhibitionEntityTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExhibitionEntityTests(PostgresServer server) : ExhibitionEntityTests(TrustEngine.Postgres, server);
