using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Nations;

/// <summary>setNation: adding a nation the catalogue lacks, changing a known one field by field, and what it refuses.</summary>
public abstract class NationTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Set = "mutation($input: NationInput!) { setNation(input: $input) { code name region economy } }";

    [Fact]
    public async Task A_new_nation_is_added_and_institutions_may_then_name_it()
    {
        await using var node = await RealNode.StartAsync("malta");
        await using var trust = await StartTrustAsync();
        var register = new { input = new { code = "malta", name = "University of Malta", nation = "MT", endpoint = node.Endpoint } };
        var before = await trust.GraphQLAsync("mutation($input: InstitutionInput!) { registerInstitution(input: $input) { nation } }", register);
        Assert.Contains("add it with setNation first", GraphQLErrors.MessageOf(before), StringComparison.Ordinal);

        var added = (await trust.QueryAsync(Set, new { input = new { code = " mt ", name = "Malta", region = "Europe", economy = "DEVELOPED" } })).GetProperty("setNation");

        Assert.Equal(("MT", "Malta", "Europe", "DEVELOPED"), Of(added));
        Assert.Contains(("MT", "Malta", "Europe", "DEVELOPED"), await NationsAsync(trust));
        var registered = await trust.QueryAsync("mutation($input: InstitutionInput!) { registerInstitution(input: $input) { nation } }", register);
        Assert.Equal("MT", registered.GetProperty("registerInstitution").GetProperty("nation").GetString());
    }

    [Fact]
    public async Task A_known_nation_changes_only_the_fields_given()
    {
        await using var trust = await StartTrustAsync();
        var count = (await NationsAsync(trust)).Count;

        var ug = (await trust.QueryAsync(Set, new { input = new { code = "UG", economy = "DEVELOPED" } })).GetProperty("setNation");
        var gb = (await trust.QueryAsync(Set, new { input = new { code = "gb", name = "United Kingdom of Great Britain and Northern Ireland" } })).GetProperty("setNation");

        Assert.Equal(("UG", "Uganda", "Africa", "DEVELOPED"), Of(ug));
        Assert.Equal(("GB", "United Kingdom of Great Britain and Northern Ireland", "Europe", "DEVELOPED"), Of(gb));
        var nations = await NationsAsync(trust);
        Assert.Equal(count, nations.Count);
        Assert.Contains(("UG", "Uganda", "Africa", "DEVELOPED"), nations);
    }

    [Theory]
    [InlineData("XX", "Nowhere", "Europe", "DEVELOPED", "input.code")]
    [InlineData("", "Nowhere", "Europe", "DEVELOPED", "input.code")]
    [InlineData("MT", null, "Europe", "DEVELOPED", "input.name")]
    [InlineData("MT", "Malta", null, "DEVELOPED", "input.region")]
    [InlineData("MT", "Malta", "Europe", null, "input.economy")]
    [InlineData("GB", "  ", null, null, "input.name")]
    public async Task Refusals_name_the_field_and_change_nothing(string code, string? name, string? region, string? economy, string field)
    {
        await using var trust = await StartTrustAsync();
        var before = await NationsAsync(trust);

        var body = await trust.GraphQLAsync(Set, new { input = new { code, name, region, economy } });

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(before, await NationsAsync(trust));
    }

    private static (string, string, string, string) Of(JsonElement nation) => (
        nation.GetProperty("code").GetString()!, nation.GetProperty("name").GetString()!,
        nation.GetProperty("region").GetString()!, nation.GetProperty("economy").GetString()!);

    private static async Task<List<(string, string, string, string)>> NationsAsync(TrustHost trust) =>
        [.. (await trust.QueryAsync("{ nations { code name region economy } }")).GetProperty("nations").EnumerateArray().Select(Of)];
}

public sealed class SqliteNationTests() : NationTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNationTests(PostgresServer server) : NationTests(TrustEngine.Postgres, server);
