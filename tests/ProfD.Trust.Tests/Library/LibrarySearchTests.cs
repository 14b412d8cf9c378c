using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Library;

/// <summary>Library search on each engine's own full-text index: relevance, filters, facets with counts, paging.</summary>
public abstract class LibrarySearchTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    [Fact]
    public async Task Search_orders_by_relevance_and_leaves_out_what_does_not_match()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("A", "Oracy in the classroom", "Oracy and talk: structured oracy routines in year 5.", themes: ["oracy"]);
        node.State.Exhibition("B", "Fractions on number lines",
            "Pupils placed fractions on number lines, compared unit fractions, explained their reasoning to partners, and in one lesson used oracy prompts; the study followed two classes for a term.",
            themes: ["mathematics mastery"]);
        node.State.Exhibition("C", "Forest school and wellbeing", "Outdoor learning every Friday.", themes: ["outdoor learning"]);
        node.State.Exhibition("D", "Reading together", "Early reading at home.", projectKey: "P1", findings: "Parents reading aloud improved oracy as well as reading.");
        await using var trust = await HarvestedAsync(node);

        var hits = await IdsAsync(trust, "library(search: \"oracy\") { totalCount edges { score node { id } } }");

        Assert.Equal(["alpha:Exhibition:A", "alpha:Exhibition:B", "alpha:Exhibition:D"], hits[..1].Concat(hits[1..].Order()).ToArray());
        Assert.Equal("alpha:Exhibition:A", hits[0]);
        Assert.DoesNotContain("alpha:Exhibition:C", hits);
        // Stemming: "routine" finds "routines"; every word must match.
        Assert.Equal(["alpha:Exhibition:A"], await IdsAsync(trust, "library(search: \"structured routine\") { totalCount edges { score node { id } } }"));
        Assert.Empty(await IdsAsync(trust, "library(search: \"oracy forest\") { totalCount edges { score node { id } } }"));
    }

    [Fact]
    public async Task Filters_and_facets_count_every_hit_not_just_the_page()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("E1", "Talk one", "Talk.", themes: ["oracy", "inclusion"], languages: ["en"], nation: "GB", media: ["VIDEO", "TEXT"], publishedYear: 2024, provocations: ["trust:Provocation:P1"]);
        node.State.Exhibition("E2", "Talk two", "Talk.", themes: ["oracy"], languages: ["en", "lg"], nation: "UG", media: ["AUDIO"], publishedYear: 2025);
        node.State.Exhibition("E3", "Talk three", "Talk.", themes: ["wellbeing"], languages: ["en"], nation: "UG", media: ["VIDEO"], publishedYear: 2025, provocations: ["trust:Provocation:P1"]);
        await using var trust = await HarvestedAsync(node);

        var data = await trust.QueryAsync("""
            { library(first: 1) { totalCount facets { nation { value count } theme { value count } year { value count } mediaKind { value count } language { value count } institution { value count } provocation { value count } } } }
            """);
        var facets = data.GetProperty("library").GetProperty("facets");
        Assert.Equal(3, data.GetProperty("library").GetProperty("totalCount").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["UG"] = 2, ["GB"] = 1 }, Counts(facets, "nation"));
        Assert.Equal(new Dictionary<string, int> { ["oracy"] = 2, ["inclusion"] = 1, ["wellbeing"] = 1 }, Counts(facets, "theme"));
        Assert.Equal(new Dictionary<string, int> { ["2025"] = 2, ["2024"] = 1 }, Counts(facets, "year"));
        Assert.Equal(new Dictionary<string, int> { ["VIDEO"] = 2, ["AUDIO"] = 1, ["TEXT"] = 1 }, Counts(facets, "mediaKind"));
        Assert.Equal(new Dictionary<string, int> { ["en"] = 3, ["lg"] = 1 }, Counts(facets, "language"));
        Assert.Equal(new Dictionary<string, int> { ["alpha"] = 3 }, Counts(facets, "institution"));
        Assert.Equal(new Dictionary<string, int> { ["trust:Provocation:P1"] = 2 }, Counts(facets, "provocation"));

        Assert.Equal(["alpha:Exhibition:E2", "alpha:Exhibition:E3"], (await IdsAsync(trust, "library(where: { nation: \"UG\" }) { totalCount edges { score node { id } } }")).Order().ToArray());
        Assert.Equal(["alpha:Exhibition:E2"], await IdsAsync(trust, "library(where: { nation: \"UG\", theme: \"oracy\" }) { totalCount edges { score node { id } } }"));
        Assert.Equal(["alpha:Exhibition:E1"], await IdsAsync(trust, "library(where: { year: 2024 }) { totalCount edges { score node { id } } }"));
        Assert.Equal(["alpha:Exhibition:E2"], await IdsAsync(trust, "library(where: { mediaKind: \"AUDIO\" }) { totalCount edges { score node { id } } }"));
        Assert.Equal(["alpha:Exhibition:E2"], await IdsAsync(trust, "library(where: { language: \"lg\" }) { totalCount edges { score node { id } } }"));
        Assert.Equal(["alpha:Exhibition:E1", "alpha:Exhibition:E3"], (await IdsAsync(trust, "library(where: { provocation: \"trust:Provocation:P1\" }) { totalCount edges { score node { id } } }")).Order().ToArray());

        var filtered = await trust.QueryAsync("{ library(where: { nation: \"UG\" }) { facets { theme { value count } } } }");
        Assert.Equal(new Dictionary<string, int> { ["oracy"] = 1, ["wellbeing"] = 1 }, Counts(filtered.GetProperty("library").GetProperty("facets"), "theme"));
    }

    [Theory]
    [InlineData("search: \"reading\"")]
    [InlineData("search: \"reading\", orderBy: [{ field: PUBLISHED_AT, direction: DESC }]")]
    [InlineData("orderBy: [{ field: PUBLISHED_AT, direction: ASC }]")]
    public async Task Paging_walks_every_hit_exactly_once_in_order(string arguments)
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        for (var i = 0; i < 7; i++)
        {
            // Equal texts tie on relevance; some share a year: the id breaks every tie.
            var text = i % 2 == 0 ? "Reading for pleasure." : "Reading for pleasure, reading aloud, reading together.";
            node.State.Exhibition($"R{i}", $"Reading {i}", text, publishedYear: 2020 + i % 3);
        }
        node.State.Exhibition("X", "Something else", "Unrelated.", publishedYear: 2021);
        await using var trust = await HarvestedAsync(node);

        var all = await IdsAsync(trust, $"library(first: 100, {arguments}) {{ totalCount edges {{ score node {{ id }} }} }}");
        var walked = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var data = await trust.QueryAsync($"query($after: String) {{ library(first: 2, after: $after, {arguments}) {{ edges {{ node {{ id }} }} pageInfo {{ hasNextPage endCursor }} }} }}", new { after });
            var library = data.GetProperty("library");
            walked.AddRange(library.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!library.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = library.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(all, walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(arguments.Contains("search", StringComparison.Ordinal) ? 7 : 8, walked.Count);
    }

    [Fact]
    public async Task Relevance_order_puts_the_best_match_first_and_breaks_ties_by_id()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("B2", "Reading", "Reading for pleasure.");
        node.State.Exhibition("B1", "Reading", "Reading for pleasure.");
        node.State.Exhibition("A9", "Number sense", "Once, reading a problem aloud helped pupils with number sense and estimation in a long unit of work.");
        await using var trust = await HarvestedAsync(node);

        var data = await trust.QueryAsync("{ library(search: \"reading\") { edges { score node { id } } } }");
        var edges = data.GetProperty("library").GetProperty("edges").EnumerateArray().ToList();

        Assert.Equal(["alpha:Exhibition:B1", "alpha:Exhibition:B2", "alpha:Exhibition:A9"], edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToArray());
        Assert.Equal(edges[0].GetProperty("score").GetDouble(), edges[1].GetProperty("score").GetDouble());
        Assert.True(edges[1].GetProperty("score").GetDouble() > edges[2].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task A_library_page_costs_the_same_statements_however_many_hits_it_has()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        for (var i = 0; i < 12; i++) node.State.Exhibition($"E{i:D2}", $"Oracy {i}", "Talk.", themes: ["oracy", $"t{i % 3}"]);
        await using var trust = await HarvestedAsync(node);
        const string Query = "query($first: Int) { library(search: \"oracy\", first: $first) { totalCount nodes { id library { title homeInstitution } citedByCount } facets { theme { value count } } } }";

        trust.Sql.Reset();
        await trust.QueryAsync(Query, new { first = 2 });
        var few = trust.Sql.Count;
        trust.Sql.Reset();
        await trust.QueryAsync(Query, new { first = 12 });
        var many = trust.Sql.Count;

        Assert.Equal(few, many);
        Assert.True(many <= 6, string.Join("\n", trust.Sql.Statements));
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        await using var node = await FeedNodeServer.StartAsync("alpha");
        node.State.Exhibition("E1", "Reading", "Reading.");
        node.State.Exhibition("E2", "Reading", "Reading.");
        await using var trust = await HarvestedAsync(node);
        var cursor = (await trust.QueryAsync("{ library(first: 1, search: \"reading\") { pageInfo { endCursor } } }"))
            .GetProperty("library").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var body = await trust.GraphQLAsync("query($after: String) { library(first: 1, after: $after) { totalCount } }", new { after = cursor });

        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(body));
    }

    private async Task<TrustHost> HarvestedAsync(FeedNodeServer node)
    {
        var trust = await StartTrustAsync();
        await trust.RegisterAsync(node.State.Code, node.Endpoint);
        Assert.True(await trust.Harvester.HarvestAsync(node.State.Code, default));
        return trust;
    }

    private static async Task<string[]> IdsAsync(TrustHost trust, string field)
    {
        var data = await trust.QueryAsync("{ " + field + " }");
        return [.. data.GetProperty("library").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
    }

    private static Dictionary<string, int> Counts(JsonElement facets, string facet) =>
        facets.GetProperty(facet).EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
}

public sealed class SqliteLibrarySearchTests() : LibrarySearchTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLibrarySearchTests(PostgresServer server) : LibrarySearchTests(TrustEngine.Postgres, server);
