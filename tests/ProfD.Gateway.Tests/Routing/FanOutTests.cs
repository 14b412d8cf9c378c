using System.Text.Json;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.Routing;

/// <summary>Connections over institution data: asked of every node, merged into one order, paged with one cursor.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed class FanOutTests(DemoFederationFixture federation)
{
    private const string SchoolPage = """
        query($after: String, $first: Int, $order: [SchoolOrder!], $institutions: [String!]) {
          schools(first: $first, after: $after, orderBy: $order, institutions: $institutions) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name nation } }
          }
        }
        """;

    [Theory]
    [InlineData("NAME", "ASC", 4)]
    [InlineData("NAME", "DESC", 5)]
    [InlineData("NATION", "ASC", 7)]
    [InlineData("CREATED_AT", "DESC", 1)]
    public async Task Walking_every_page_returns_every_school_of_every_node_once_in_order(string field, string direction, int pageSize)
    {
        var expected = await EveryNodesSchoolsAsync(field, direction);

        var walked = await WalkAsync(pageSize, field, direction);

        Assert.Equal(expected.Select(s => s.Id), walked.Select(s => s.Id));
        Assert.Equal(3, walked.Select(s => s.Id.Split(':')[0]).Distinct().Count());
    }

    [Fact]
    public async Task Nodes_holding_very_different_amounts_still_page_out_exactly_once()
    {
        // makerere gets many more schools than the others, created through the gateway on the node the caller names.
        for (var i = 0; i < 11; i++)
        {
            await federation.Gateway.QueryAsync(
                "mutation($input: SchoolInput!) { createSchool(node: \"makerere\", input: $input) { id } }",
                new { input = new { name = $"Bulk School {i:00}", nation = "UG", economy = "DEVELOPING", city = "Kampala" } });
        }
        var expected = await EveryNodesSchoolsAsync("NAME", "ASC");

        var walked = await WalkAsync(3, "NAME", "ASC");

        Assert.Equal(expected.Select(s => s.Id), walked.Select(s => s.Id));
        Assert.True(expected.Count(s => s.Id.StartsWith("makerere:", StringComparison.Ordinal)) >= 17);
    }

    [Fact]
    public async Task The_total_is_the_sum_of_the_nodes_and_institutions_narrows_the_fan_out()
    {
        var counts = new Dictionary<string, int>();
        foreach (var (code, node) in federation.Nodes)
            counts[code] = (await node.QueryAsync("{ schools { totalCount } }")).GetProperty("schools").GetProperty("totalCount").GetInt32();
        federation.ClearLogs();

        var all = (await federation.Gateway.QueryAsync(SchoolPage, new { first = 2 })).GetProperty("schools");
        var two = (await federation.Gateway.QueryAsync(SchoolPage, new { first = 50, institutions = new[] { "uclioe", "makerere" } })).GetProperty("schools");

        Assert.Equal(counts.Values.Sum(), all.GetProperty("totalCount").GetInt32());
        Assert.Equal(counts["uclioe"] + counts["makerere"], two.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(two.GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("id").GetString()!.StartsWith("unimelb:", StringComparison.Ordinal));
        Assert.Single(federation.Nodes["unimelb"].Log.Requests);
    }

    [Fact]
    public async Task Nodes_count_their_rows_only_when_the_caller_asks_for_the_total()
    {
        federation.ClearLogs();
        await federation.Gateway.QueryAsync("{ schools(first: 2) { nodes { id } } }");
        var without = federation.Nodes.Values.Select(n => n.Log.Requests.Single().Query).ToList();
        federation.ClearLogs();
        await federation.Gateway.QueryAsync("{ schools(first: 2) { totalCount } }");
        var with = federation.Nodes.Values.Select(n => n.Log.Requests.Single().Query).ToList();

        Assert.All(without, q => Assert.DoesNotContain("totalCount", q, StringComparison.Ordinal));
        Assert.All(with, q => Assert.Contains("totalCount", q, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cursor_the_gateway_did_not_give_is_bad_user_input()
    {
        var body = await federation.Gateway.PostAsync(SchoolPage, new { first = 2, after = "not-a-cursor" });

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("after", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Empty(body.GetProperty("data").GetProperty("schools").GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task Items_of_a_fanned_out_list_are_completed_from_the_trust()
    {
        var data = await federation.Gateway.QueryAsync("{ exhibitions(first: 50, where: { status: { eq: PUBLISHED } }) { nodes { id title citedBy { id relation } } } }");

        var exhibitions = data.GetProperty("exhibitions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(exhibitions);
        Assert.Equal(3, exhibitions.Select(e => e.GetProperty("id").GetString()!.Split(':')[0]).Distinct().Count());
        Assert.All(exhibitions, e => Assert.Equal(JsonValueKind.Array, e.GetProperty("citedBy").ValueKind));
    }

    private async Task<List<(string Id, string Name)>> WalkAsync(int pageSize, string field, string direction)
    {
        var walked = new List<(string Id, string Name)>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var schools = (await federation.Gateway.QueryAsync(SchoolPage, new { first = pageSize, after, order = new[] { new { field, direction } } })).GetProperty("schools");
            var edges = schools.GetProperty("edges").EnumerateArray().ToList();
            Assert.True(edges.Count <= pageSize);
            walked.AddRange(edges.Select(e => (e.GetProperty("node").GetProperty("id").GetString()!, e.GetProperty("node").GetProperty("name").GetString()!)));
            if (!schools.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) return walked;
            after = schools.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
        }
        throw new Xunit.Sdk.XunitException("The walk did not end within 100 pages.");
    }

    /// <summary>Every node's schools asked directly, merged by the same order the gateway promises: the field, then the ID.</summary>
    private async Task<List<(string Id, string Name)>> EveryNodesSchoolsAsync(string field, string direction)
    {
        var all = new List<(string Id, string Name, string Key)>();
        var property = field switch { "NAME" => "name", "NATION" => "nation", _ => "createdAt" };
        foreach (var node in federation.Nodes.Values)
        {
            var data = await node.QueryAsync($"{{ schools(first: 100) {{ nodes {{ id name nation createdAt }} }} }}");
            all.AddRange(data.GetProperty("schools").GetProperty("nodes").EnumerateArray()
                .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("name").GetString()!, s.GetProperty(property).GetString()!)));
        }
        var ordered = direction == "ASC"
            ? all.OrderBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            : all.OrderByDescending(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal);
        return [.. ordered.Select(s => (s.Id, s.Name))];
    }
}
