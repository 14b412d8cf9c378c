using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Schools;

/// <summary>The schools API on one engine; subclasses pick SQLite or PostgreSQL.</summary>
public abstract class SchoolApiTests
{
    private protected abstract Task<NodeAppFactory> CreateNodeAsync();

    [Fact]
    public async Task Create_then_update_then_read_back_a_school()
    {
        using var node = await CreateNodeAsync();
        var created = (await node.QueryAsync("""
            mutation { createSchool(input: { name: " Kampala Parents School ", nation: "ug", economy: DEVELOPING, city: "Kampala" }) { id name nation economy city createdAt } }
            """)).GetProperty("createSchool");
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith($"{node.Institution}:School:", id);
        Assert.Equal("Kampala Parents School", created.GetProperty("name").GetString());
        Assert.Equal("UG", created.GetProperty("nation").GetString());

        await node.QueryAsync("mutation($id: ID!) { updateSchool(id: $id, input: { name: \"Kampala Parents' School\" }) { id } }", new { id });

        var read = (await node.QueryAsync("query($id: ID!) { school(id: $id) { name nation economy city } }", new { id })).GetProperty("school");
        Assert.Equal("Kampala Parents' School", read.GetProperty("name").GetString());
        Assert.Equal("DEVELOPING", read.GetProperty("economy").GetString());
        Assert.Equal("Kampala", read.GetProperty("city").GetString());
    }

    [Theory]
    [InlineData("""{ name: "", nation: "GB", economy: DEVELOPED }""", "input.name")]
    [InlineData("""{ name: "A school", nation: "XX", economy: DEVELOPED }""", "input.nation")]
    [InlineData("""{ name: "A school", nation: "GB" }""", "input.economy")]
    public async Task Invalid_school_input_is_refused_naming_the_field_and_nothing_is_stored(string input, string field)
    {
        using var node = await CreateNodeAsync();
        var body = await node.GraphQLAsync($"mutation {{ createSchool(input: {input}) {{ id }} }}");

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        var count = await node.QueryAsync("{ schools { totalCount } }");
        Assert.Equal(0, count.GetProperty("schools").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_refused_update_leaves_nothing_for_a_later_mutation_in_the_same_request_to_save()
    {
        using var node = await CreateNodeAsync();
        var ids = new List<string>();
        foreach (var name in new[] { "Hill School", "Lake School" })
            ids.Add((await node.QueryAsync($$"""mutation { createSchool(input: { name: "{{name}}", nation: "GB", economy: DEVELOPED }) { id } }""")).GetProperty("createSchool").GetProperty("id").GetString()!);

        var body = await node.GraphQLAsync("""
            mutation($a: ID!, $b: ID!) { failed: updateSchool(id: $a, input: { name: "Half", nation: "XX" }) { id } later: updateSchool(id: $b, input: { city: "Later" }) { id } }
            """, new { a = ids[0], b = ids[1] });

        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(body));
        var read = await node.QueryAsync("query($a: ID!, $b: ID!) { a: school(id: $a) { name nation } b: school(id: $b) { city } }", new { a = ids[0], b = ids[1] });
        Assert.Equal(("Hill School", "GB"), (read.GetProperty("a").GetProperty("name").GetString(), read.GetProperty("a").GetProperty("nation").GetString()));
        Assert.Equal("Later", read.GetProperty("b").GetProperty("city").GetString());
    }

    [Fact]
    public async Task Updating_a_school_that_does_not_exist_is_not_found()
    {
        using var node = await CreateNodeAsync();
        var body = await node.GraphQLAsync($$"""mutation { updateSchool(id: "{{node.Institution}}:School:NOPE", input: { name: "x" }) { id } }""");
        Assert.Equal(["NOT_FOUND"], GraphQLErrors.Codes(body));
    }

    [Theory]
    [InlineData("NAME", "ASC", 7)]
    [InlineData("NAME", "DESC", 5)]
    [InlineData("NATION", "ASC", 4)]
    [InlineData("CREATED_AT", "DESC", 9)]
    public async Task Paging_walks_every_school_exactly_once_in_order(string field, string direction, int pageSize)
    {
        using var node = await CreateNodeAsync();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 37));

        var seen = new List<(string Id, string Key)>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = (await node.QueryAsync(
                $"query($after: String) {{ schools(first: {pageSize}, after: $after, orderBy: [{{ field: {field}, direction: {direction} }}]) {{ totalCount edges {{ cursor node {{ id name nation createdAt }} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after })).GetProperty("schools");
            Assert.Equal(37, connection.GetProperty("totalCount").GetInt32());
            foreach (var edge in connection.GetProperty("edges").EnumerateArray())
            {
                var school = edge.GetProperty("node");
                var key = field switch
                {
                    "NAME" => school.GetProperty("name").GetString()!,
                    "NATION" => school.GetProperty("nation").GetString()!,
                    _ => school.GetProperty("createdAt").GetString()!,
                };
                seen.Add((school.GetProperty("id").GetString()!, key));
            }
            pages++;
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
            Assert.True(pages < 100, "paging did not end");
        }

        Assert.Equal(37, seen.Count);
        Assert.Equal(37, seen.Select(s => s.Id).Distinct().Count());
        var expected = direction == "ASC"
            ? seen.OrderBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            : seen.OrderByDescending(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal);
        Assert.Equal(expected.Select(s => s.Id), seen.Select(s => s.Id));
        Assert.Equal((int)Math.Ceiling(37.0 / pageSize), pages);
    }

    [Fact]
    public async Task Filters_by_nation_economy_and_text()
    {
        using var node = await CreateNodeAsync();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 10));

        var byNation = await node.QueryAsync("""{ schools(where: { nation: { eq: "UG" } }) { totalCount nodes { nation } } }""");
        Assert.Equal(5, byNation.GetProperty("schools").GetProperty("totalCount").GetInt32());
        Assert.All(byNation.GetProperty("schools").GetProperty("nodes").EnumerateArray(), s => Assert.Equal("UG", s.GetProperty("nation").GetString()));

        var byEconomy = await node.QueryAsync("""{ schools(where: { economy: { in: [DEVELOPED] } }) { totalCount } }""");
        Assert.Equal(5, byEconomy.GetProperty("schools").GetProperty("totalCount").GetInt32());

        var byText = await node.QueryAsync("""{ schools(where: { search: "school t00003" }) { nodes { name } } }""");
        Assert.Equal("School T00003", Assert.Single(byText.GetProperty("schools").GetProperty("nodes").EnumerateArray()).GetProperty("name").GetString());

        var byCity = await node.QueryAsync("""{ schools(where: { search: "CITY 0" }) { totalCount } }""");
        Assert.Equal(2, byCity.GetProperty("schools").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_cursor_from_another_order_or_a_made_up_cursor_is_bad_user_input()
    {
        using var node = await CreateNodeAsync();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 5));
        var first = await node.QueryAsync("{ schools(first: 2, orderBy: [{ field: NAME }]) { pageInfo { endCursor } } }");
        var cursor = first.GetProperty("schools").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var otherOrder = await node.GraphQLAsync("query($c: String) { schools(after: $c, orderBy: [{ field: NATION }]) { totalCount } }", new { c = cursor });
        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(otherOrder));
        var madeUp = await node.GraphQLAsync("""{ schools(after: "bm90IGEgY3Vyc29y") { totalCount } }""");
        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(madeUp));
        var tooMany = await node.GraphQLAsync("{ schools(first: 1000) { totalCount } }");
        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(tooMany));
    }
}

public sealed class SchoolApiOnSqliteTests : SchoolApiTests
{
    private protected override Task<NodeAppFactory> CreateNodeAsync() => Task.FromResult(new NodeAppFactory());
}

[Collection(PostgresCollection.Name)]
public sealed class SchoolApiOnPostgresTests(PostgresServer server) : SchoolApiTests, IAsyncLifetime
{
    private readonly List<string> _databases = [];

    private protected override async Task<NodeAppFactory> CreateNodeAsync()
    {
        var database = await server.CreateDatabaseAsync();
        _databases.Add(database);
        return new NodeAppFactory(database: database);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        foreach (var database in _databases) await server.DropDatabaseAsync(database);
    }
}
