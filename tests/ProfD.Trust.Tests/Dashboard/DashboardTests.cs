using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Dashboard;

/// <summary>The dashboard against real demo-seeded nodes: node figures live from each node, a dead node named, the rest still there.</summary>
public abstract class DashboardTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Query = """
        { dashboard { programme { candidatesByStage { stage count } awardsPerYear { year count } medianMonthsToAward accreditedMentors mentorsPerCandidate unavailable }
                      institutions { scope candidatesByStage { stage count } unavailable accreditedMentors mentorsPerCandidate }
                      nations { scope unavailable } } }
        """;

    [Fact]
    public async Task Node_figures_come_from_each_node_and_a_dead_node_costs_only_its_own_part()
    {
        await using var ucl = await RealNode.StartAsync("uclioe", seedDemoData: true);
        var makerere = await RealNode.StartAsync("makerere", seedDemoData: true);
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("uclioe", ucl.Endpoint, "GB");
        await trust.RegisterAsync("makerere", makerere.Endpoint, "UG");
        var now = trust.Clock.GetUtcNow();
        await trust.QueryAsync("mutation($input: AccreditationInput!) { accreditMentor(input: $input) { id } }", new
        {
            input = new { teacherId = "uclioe:Teacher:T1", course = "Research Teacher Programme", completedAt = now.AddDays(-9), accreditedUntil = now.AddYears(1) },
        });
        var expected = await StagesAsync(ucl.Endpoint);

        var both = (await trust.QueryAsync(Query)).GetProperty("dashboard");
        var programme = both.GetProperty("programme");
        Assert.Equal(0, programme.GetProperty("unavailable").GetArrayLength());
        Assert.Equal(expected["AWARDED"] * 2, Stage(programme, "AWARDED"));
        Assert.True(programme.GetProperty("awardsPerYear").GetArrayLength() > 0);
        Assert.True(programme.GetProperty("medianMonthsToAward").GetDouble() > 0);
        Assert.Equal(1, programme.GetProperty("accreditedMentors").GetInt32());
        var uclRow = both.GetProperty("institutions").EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "uclioe");
        Assert.Equal(expected["RESEARCHING"], Stage(uclRow, "RESEARCHING"));
        // One accredited mentor over the active candidates in scope: both nodes for the programme, uclioe's own for its row.
        var active = expected["ENROLLED"] + expected["RESEARCHING"] + expected["EXHIBITING"];
        Assert.True(active > 0, "the demo data has active candidates");
        Assert.Equal(Math.Round(1.0 / (active * 2), 2), programme.GetProperty("mentorsPerCandidate").GetDouble());
        Assert.Equal(Math.Round(1.0 / active, 2), uclRow.GetProperty("mentorsPerCandidate").GetDouble());
        var makerereBefore = both.GetProperty("institutions").EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "makerere");
        Assert.Equal(0, makerereBefore.GetProperty("mentorsPerCandidate").GetDouble());

        await makerere.DisposeAsync();
        var one = (await trust.QueryAsync(Query)).GetProperty("dashboard");
        Assert.Equal(["makerere"], one.GetProperty("programme").GetProperty("unavailable").EnumerateArray().Select(u => u.GetString()!).ToArray());
        Assert.Equal(expected["AWARDED"], Stage(one.GetProperty("programme"), "AWARDED"));
        var makerereRow = one.GetProperty("institutions").EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "makerere");
        Assert.Equal(JsonValueKind.Null, makerereRow.GetProperty("candidatesByStage").ValueKind);
        Assert.Equal(JsonValueKind.Null, makerereRow.GetProperty("mentorsPerCandidate").ValueKind);
        Assert.Equal(Math.Round(1.0 / active, 2), one.GetProperty("programme").GetProperty("mentorsPerCandidate").GetDouble());
        var uganda = one.GetProperty("nations").EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "UG");
        Assert.Equal(["makerere"], uganda.GetProperty("unavailable").EnumerateArray().Select(u => u.GetString()!).ToArray());
    }

    private static int Stage(JsonElement row, string stage) =>
        row.GetProperty("candidatesByStage").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage).GetProperty("count").GetInt32();

    private static async Task<Dictionary<string, int>> StagesAsync(string endpoint)
    {
        using var http = new HttpClient();
        var stages = new[] { "ENROLLED", "RESEARCHING", "EXHIBITING", "AWARDED", "WITHDRAWN" };
        var query = "{ " + string.Join(' ', stages.Select(s => $"{s.ToLowerInvariant()}: candidates(first: 0, where: {{ stage: {{ eq: {s} }} }}) {{ totalCount }}")) + " }";
        var response = await http.PostAsJsonAsync(endpoint, new { query });
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        return stages.ToDictionary(s => s, s => data.GetProperty(s.ToLowerInvariant()).GetProperty("totalCount").GetInt32());
    }
}

public sealed class SqliteDashboardTests() : DashboardTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardTests(PostgresServer server) : DashboardTests(TrustEngine.Postgres, server);
