using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Dashboard;

/// <summary>
/// The dashboard's figures from the trust's own data (triangles complete and incomplete, published exhibitions, harvest
/// lag) per row, and the <c>institution:</c> and <c>nation:</c> arguments, the programme row included.
/// </summary>
public abstract class DashboardScopeTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Query = """
        query($institution: String, $nation: String) { dashboard(institution: $institution, nation: $nation) {
          programme { ...figures } institutions { ...figures } nations { ...figures } } }
        fragment figures on Figures { scope trianglesComplete trianglesIncomplete exhibitionsPublished harvestLagSeconds candidatesByStage { count } unavailable }
        """;

    [Fact]
    public async Task Each_row_counts_its_triangles_exhibitions_and_worst_harvest_lag()
    {
        await using var world = await WorldAsync();

        var dashboard = await DashboardAsync(world.Trust, null, null);

        Assert.Equal([1, 1, 3, 90], Figures(dashboard.GetProperty("programme")));
        var rows = Rows(dashboard, "institutions");
        Assert.Equal(["east", "north", "south", "west"], rows.Keys.ToArray());
        Assert.Equal([1, 1, 1, 90], Figures(rows["east"]));
        Assert.Equal([1, 1, 2, 90], Figures(rows["north"]));
        Assert.Equal([1, 0, 0, 30], Figures(rows["south"]));
        Assert.Equal([0, 1, 0, 90], Figures(rows["west"]));
        var nations = Rows(dashboard, "nations");
        Assert.Equal(["AU", "GB", "NZ", "UG"], nations.Keys.ToArray());
        Assert.Equal([1, 0, 0, 30], Figures(nations["AU"]));
        // UG2 left the directory, so the incomplete triangle no longer has a school in UG.
        Assert.Equal([1, 0, 1, 90], Figures(nations["UG"]));
        // Feed nodes serve no candidates: node figures are missing and say why, trust figures are still there.
        Assert.Equal(JsonValueKind.Null, dashboard.GetProperty("programme").GetProperty("candidatesByStage").ValueKind);
        Assert.Equal(4, dashboard.GetProperty("programme").GetProperty("unavailable").GetArrayLength());
    }

    [Theory]
    [InlineData("south", null, new[] { "south" }, new[] { "AU" }, new[] { 1, 0, 0, 30 })]
    [InlineData("west", null, new[] { "west" }, new[] { "NZ" }, new[] { 0, 1, 0, 90 })]
    [InlineData(null, "nz", new[] { "west" }, new[] { "NZ" }, new[] { 0, 1, 0, 90 })]
    [InlineData(null, "GB", new[] { "north" }, new[] { "GB" }, new[] { 1, 1, 2, 90 })]
    [InlineData("south", "GB", new string[0], new string[0], new[] { 0, 0, 0, -1 })]
    [InlineData("nowhere", null, new string[0], new string[0], new[] { 0, 0, 0, -1 })]
    public async Task Scoped_the_programme_row_counts_only_what_is_in_scope(string? institution, string? nation, string[] rows, string[] nations, int[] programme)
    {
        await using var world = await WorldAsync();

        var dashboard = await DashboardAsync(world.Trust, institution, nation);

        Assert.Equal(rows, Rows(dashboard, "institutions").Keys.ToArray());
        Assert.Equal(nations, Rows(dashboard, "nations").Keys.ToArray());
        Assert.Equal(programme, Figures(dashboard.GetProperty("programme")));
    }

    private static async Task<JsonElement> DashboardAsync(TrustHost trust, string? institution, string? nation) =>
        (await trust.QueryAsync(Query, new { institution, nation })).GetProperty("dashboard");

    private static Dictionary<string, JsonElement> Rows(JsonElement dashboard, string rows) =>
        dashboard.GetProperty(rows).EnumerateArray().ToDictionary(r => r.GetProperty("scope").GetString()!);

    // Complete, incomplete, published, lag (-1 for none): one array, so a failure shows the whole row.
    private static int[] Figures(JsonElement row) =>
    [
        row.GetProperty("trianglesComplete").GetInt32(),
        row.GetProperty("trianglesIncomplete").GetInt32(),
        row.GetProperty("exhibitionsPublished").GetInt32(),
        row.GetProperty("harvestLagSeconds") is { ValueKind: JsonValueKind.Number } lag ? lag.GetInt32() : -1,
    ];

    private async Task<World> WorldAsync()
    {
        var north = await FeedNodeServer.StartAsync("north");
        var south = await FeedNodeServer.StartAsync("south");
        var west = await FeedNodeServer.StartAsync("west");
        var east = await FeedNodeServer.StartAsync("east");
        north.State.School("GB1", "Elm Primary", "GB", "DEVELOPED");
        north.State.School("GB2", "Oak Academy", "GB", "DEVELOPED");
        south.State.School("AU1", "Wattle Grove", "AU", "DEVELOPED");
        west.State.School("NZ1", "Kauri Park", "NZ", "DEVELOPED");
        east.State.School("UG1", "Kawempe Hill", "UG", "DEVELOPING");
        east.State.School("UG2", "Gulu Highway", "UG", "DEVELOPING");
        north.State.Exhibition("E1", "Talk partners", "Oracy in reception.");
        north.State.Exhibition("E2", "Exit tickets", "Feedback in year 8.");
        north.State.Exhibition("E3", "Drafting", "Not yet published.", status: "SUBMITTED");
        east.State.Exhibition("E1", "Two languages", "Luganda and English.", nation: "UG");
        var trust = await StartTrustAsync();
        var world = new World(trust, [north, south, west, east]);
        await trust.RegisterAsync("north", north.Endpoint, "GB");
        await trust.RegisterAsync("south", south.Endpoint, "AU");
        await trust.RegisterAsync("west", west.Endpoint, "NZ");
        await trust.RegisterAsync("east", east.Endpoint, "UG");
        await trust.Harvester.HarvestAllAsync(default);
        const string Form = "mutation($input: TriangleInput!) { formTriangle(input: $input) { complete } }";
        await trust.QueryAsync(Form, new { input = new { name = "Complete", schoolIds = new[] { "north:School:GB1", "south:School:AU1", "east:School:UG1" } } });
        await trust.QueryAsync(Form, new { input = new { name = "Losing a school", schoolIds = new[] { "north:School:GB2", "west:School:NZ1", "east:School:UG2" } } });

        // UG2 leaves its node, so its triangle is incomplete; south alone is harvested again 60s later, so it lags least.
        east.State.School("UG2", "Gulu Highway", "UG", "DEVELOPING", operation: "DELETE");
        Assert.True(await trust.Harvester.HarvestAsync("east", default));
        trust.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(await trust.Harvester.HarvestAsync("south", default));
        trust.Clock.Advance(TimeSpan.FromSeconds(30));
        return world;
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

public sealed class SqliteDashboardScopeTests() : DashboardScopeTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardScopeTests(PostgresServer server) : DashboardScopeTests(TrustEngine.Postgres, server);
