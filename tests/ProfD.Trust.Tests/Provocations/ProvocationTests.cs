using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Provocations;

/// <summary>Curating provocations: created, edited and retired by the trust, each refusal naming its field.</summary>
public abstract class ProvocationTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Fields = "id title text themes links retired createdAt updatedAt";
    private const string Create = $"mutation($input: ProvocationInput!) {{ createProvocation(input: $input) {{ {Fields} }} }}";
    private const string Update = $"mutation($id: ID!, $input: ProvocationInput!) {{ updateProvocation(id: $id, input: $input) {{ {Fields} }} }}";
    private const string Retire = "mutation($id: ID!) { retireProvocation(id: $id) { id retired updatedAt } }";

    [Fact]
    public async Task A_provocation_is_created_changed_field_by_field_and_retired_once()
    {
        await using var trust = await StartTrustAsync();

        var created = (await trust.QueryAsync(Create, new { input = new { title = "  Talk before writing ", text = "Does **talk** come first?", themes = new[] { "oracy", "Oracy", "writing" }, links = new[] { "https://example.org/talk" } } }))
            .GetProperty("createProvocation");
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("trust:Provocation:", id, StringComparison.Ordinal);
        Assert.Equal("Talk before writing", created.GetProperty("title").GetString());
        Assert.Equal(["oracy", "writing"], Strings(created, "themes"));
        Assert.False(created.GetProperty("retired").GetBoolean());

        trust.Clock.Advance(TimeSpan.FromHours(1));
        var updated = (await trust.QueryAsync(Update, new { id, input = new { title = "Talk, then write", links = new[] { "http://example.org/a", "https://example.org/b" } } }))
            .GetProperty("updateProvocation");
        Assert.Equal("Talk, then write", updated.GetProperty("title").GetString());
        Assert.Equal("Does **talk** come first?", updated.GetProperty("text").GetString());
        Assert.Equal(["oracy", "writing"], Strings(updated, "themes"));
        Assert.Equal(["http://example.org/a", "https://example.org/b"], Strings(updated, "links"));
        Assert.NotEqual(created.GetProperty("updatedAt").GetString(), updated.GetProperty("updatedAt").GetString());
        Assert.Equal(created.GetProperty("createdAt").GetString(), updated.GetProperty("createdAt").GetString());

        Assert.True((await trust.QueryAsync(Retire, new { id })).GetProperty("retireProvocation").GetProperty("retired").GetBoolean());
        var again = await trust.GraphQLAsync(Retire, new { id });
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(again));

        // Retired is not deleted: work that cites it still finds it.
        var read = (await trust.QueryAsync("query($id: ID!) { provocation(id: $id) { title retired } }", new { id })).GetProperty("provocation");
        Assert.Equal("Talk, then write", read.GetProperty("title").GetString());
        Assert.True(read.GetProperty("retired").GetBoolean());
    }

    [Theory]
    [InlineData(null, "Text.", null, null, "input.title")]
    [InlineData("   ", "Text.", null, null, "input.title")]
    [InlineData("Title", null, null, null, "input.text")]
    [InlineData("Title", "Text.", null, "ftp://example.org/file", "input.links")]
    [InlineData("Title", "Text.", null, "not a url", "input.links")]
    [InlineData("Title", "Text.", "", null, "input.themes")]
    public async Task A_refused_creation_names_the_field_and_stores_nothing(string? title, string? text, string? theme, string? link, string field)
    {
        await using var trust = await StartTrustAsync();

        var body = await trust.GraphQLAsync(Create, new { input = new { title, text, themes = theme is null ? null : new[] { theme }, links = link is null ? null : new[] { link } } });

        AssertBadInput(body, field);
        Assert.Equal(0, (await trust.QueryAsync("{ provocations { totalCount } }")).GetProperty("provocations").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Too_many_links_or_themes_and_too_long_a_title_are_refused()
    {
        await using var trust = await StartTrustAsync();

        AssertBadInput(await trust.GraphQLAsync(Create, new { input = new { title = "T", text = "X", links = Enumerable.Range(1, 21).Select(i => $"https://example.org/{i}").ToArray() } }), "input.links");
        AssertBadInput(await trust.GraphQLAsync(Create, new { input = new { title = "T", text = "X", themes = Enumerable.Range(1, 21).Select(i => $"theme{i}").ToArray() } }), "input.themes");
        AssertBadInput(await trust.GraphQLAsync(Create, new { input = new { title = new string('t', 201), text = "X" } }), "input.title");
    }

    [Fact]
    public async Task Updating_or_retiring_what_the_trust_does_not_hold_is_refused()
    {
        await using var trust = await StartTrustAsync();
        var id = await CreateAsync(trust, "Real", "Text.");

        AssertBadInput(await trust.GraphQLAsync(Update, new { id, input = new { text = "  " } }), "input.text");
        AssertBadInput(await trust.GraphQLAsync(Update, new { id, input = new { links = new[] { "mailto:a@example.org" } } }), "input.links");
        Assert.Equal("NOT_FOUND", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Update, new { id = "trust:Provocation:NOPE", input = new { title = "X" } })));
        Assert.Equal("NOT_FOUND", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Retire, new { id = "alpha:Provocation:P1" })));
        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Retire, new { id = "trust:Triangle:T1" })));
        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Retire, new { id = "not an id" })));

        var unchanged = (await trust.QueryAsync("query($id: ID!) { provocation(id: $id) { text retired } }", new { id })).GetProperty("provocation");
        Assert.Equal("Text.", unchanged.GetProperty("text").GetString());
        Assert.False(unchanged.GetProperty("retired").GetBoolean());
        var missing = await trust.QueryAsync("{ here: provocation(id: \"trust:Provocation:NOPE\") { id } elsewhere: provocation(id: \"alpha:Provocation:P1\") { id } }");
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("here").ValueKind);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("elsewhere").ValueKind);
    }

    [Fact]
    public async Task Provocations_filter_by_theme_retirement_and_text_and_order_by_title_or_creation()
    {
        await using var trust = await StartTrustAsync();
        var outdoors = await CreateAsync(trust, "Mathematics outdoors", "Take fractions into the PLAYGROUND.", "maths");
        trust.Clock.Advance(TimeSpan.FromMinutes(1));
        var talk = await CreateAsync(trust, "Talk partners", "Pairs rehearse before writing.", "oracy");
        trust.Clock.Advance(TimeSpan.FromMinutes(1));
        var belonging = await CreateAsync(trust, "Belonging", "Who feels at home in the playground?", "oracy", "wellbeing");
        await trust.QueryAsync(Retire, new { id = talk });

        Assert.Equal([belonging, outdoors, talk], await IdsAsync(trust, ""));
        Assert.Equal([belonging, talk], await IdsAsync(trust, "where: { theme: \"oracy\" }"));
        Assert.Equal([belonging], await IdsAsync(trust, "where: { theme: \"oracy\", retired: false }"));
        Assert.Equal([talk], await IdsAsync(trust, "where: { retired: true }"));
        Assert.Equal([belonging, outdoors], await IdsAsync(trust, "where: { search: \"playground\" }"));
        Assert.Equal([outdoors], await IdsAsync(trust, "where: { search: \"OUTDOORS\" }"));
        Assert.Empty(await IdsAsync(trust, "where: { theme: \"Oracy\" }"));
        Assert.Equal([belonging, talk, outdoors], await IdsAsync(trust, "orderBy: [{ field: CREATED_AT, direction: DESC }]"));

        var page = (await trust.QueryAsync("{ provocations(first: 2) { totalCount pageInfo { hasNextPage endCursor } } }")).GetProperty("provocations");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        var after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        Assert.Equal([talk], await IdsAsync(trust, $"first: 2, after: \"{after}\""));
    }

    internal static async Task<string> CreateAsync(TrustHost trust, string title, string text, params string[] themes) =>
        (await trust.QueryAsync(Create, new { input = new { title, text, themes } })).GetProperty("createProvocation").GetProperty("id").GetString()!;

    private static async Task<string[]> IdsAsync(TrustHost trust, string arguments)
    {
        var query = arguments.Length == 0 ? "{ provocations { nodes { id } } }" : $"{{ provocations({arguments}) {{ nodes {{ id }} }} }}";
        return [.. (await trust.QueryAsync(query)).GetProperty("provocations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }

    private static string[] Strings(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(v => v.GetString()!)];

    private static void AssertBadInput(JsonElement body, string field)
    {
        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
    }
}

public sealed class SqliteProvocationTests() : ProvocationTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresProvocationTests(PostgresServer server) : ProvocationTests(TrustEngine.Postgres, server);
