using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Registry;

/// <summary>updateInstitution: name and nation change freely; a new endpoint gets in only if it answers as the same institution's node.</summary>
public abstract class InstitutionUpdateTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Update = "mutation($code: String!, $input: InstitutionInput!) { updateInstitution(code: $code, input: $input) { code name nation endpoint health { reachable compatible lastSeenAt } } }";
    private const string Read = "{ institutions { nodes { code name nation endpoint health { reachable compatible lastSeenAt } } } }";

    [Fact]
    public async Task Name_and_nation_change_and_the_code_never_does()
    {
        await using var node = await RealNode.StartAsync("alpha");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", node.Endpoint);

        var updated = (await trust.QueryAsync(Update, new { code = "alpha", input = new { code = "alpha", name = "  Alpha University ", nation = "au" } })).GetProperty("updateInstitution");

        Assert.Equal(("Alpha University", "AU", node.Endpoint), (updated.GetProperty("name").GetString(), updated.GetProperty("nation").GetString(), updated.GetProperty("endpoint").GetString()));
        AssertBadInput(await trust.GraphQLAsync(Update, new { code = "alpha", input = new { code = "beta" } }), "input.code");
        AssertBadInput(await trust.GraphQLAsync(Update, new { code = "alpha", input = new { nation = "MT" } }), "input.nation");
        AssertBadInput(await trust.GraphQLAsync(Update, new { code = "alpha", input = new { name = " " } }), "input.name");
        Assert.Equal("NOT_FOUND", GraphQLErrors.CodeOf(await trust.GraphQLAsync(Update, new { code = "nobody", input = new { name = "X" } })));
        var stored = await ReadAsync(trust);
        Assert.Equal(("Alpha University", "AU"), (stored.GetProperty("name").GetString(), stored.GetProperty("nation").GetString()));
    }

    [Fact]
    public async Task A_moved_node_is_accepted_at_its_new_endpoint_once_it_answers_as_the_same_institution()
    {
        await using var old = await RealNode.StartAsync("alpha");
        await using var moved = await RealNode.StartAsync("alpha");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", old.Endpoint);
        var registeredAt = (await ReadAsync(trust)).GetProperty("health").GetProperty("lastSeenAt").GetString();
        trust.Clock.Advance(TimeSpan.FromMinutes(10));

        var updated = (await trust.QueryAsync(Update, new { code = "alpha", input = new { endpoint = moved.Endpoint } })).GetProperty("updateInstitution");

        Assert.Equal(moved.Endpoint, updated.GetProperty("endpoint").GetString());
        var health = updated.GetProperty("health");
        Assert.True(health.GetProperty("reachable").GetBoolean());
        Assert.True(health.GetProperty("compatible").GetBoolean());
        Assert.NotEqual(registeredAt, health.GetProperty("lastSeenAt").GetString());
        Assert.Equal(moved.Endpoint, (await ReadAsync(trust)).GetProperty("endpoint").GetString());
    }

    [Fact]
    public async Task A_new_endpoint_that_is_not_this_institutions_node_is_refused_and_the_old_one_kept()
    {
        await using var alpha = await RealNode.StartAsync("alpha");
        await using var beta = await RealNode.StartAsync("beta");
        await using var unregistered = await RealNode.StartAsync("gamma");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("alpha", alpha.Endpoint);
        await trust.RegisterAsync("beta", beta.Endpoint);

        var otherInstitution = await trust.GraphQLAsync(Update, new { code = "alpha", input = new { endpoint = unregistered.Endpoint } });
        var closed = await trust.GraphQLAsync(Update, new { code = "alpha", input = new { endpoint = "http://127.0.0.1:9/graphql" } });
        var taken = await trust.GraphQLAsync(Update, new { code = "alpha", input = new { endpoint = beta.Endpoint } });
        var notUrl = await trust.GraphQLAsync(Update, new { code = "alpha", input = new { endpoint = "ftp://example.org/graphql" } });

        AssertBadInput(otherInstitution, "input.endpoint");
        Assert.Contains("node of 'gamma', not of 'alpha'", GraphQLErrors.MessageOf(otherInstitution), StringComparison.Ordinal);
        AssertBadInput(closed, "input.endpoint");
        Assert.Contains("does not answer as a ProfD node", GraphQLErrors.MessageOf(closed), StringComparison.Ordinal);
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(taken));
        AssertBadInput(notUrl, "input.endpoint");
        Assert.Equal(alpha.Endpoint, (await ReadAsync(trust)).GetProperty("endpoint").GetString());
    }

    private static async Task<JsonElement> ReadAsync(TrustHost trust) =>
        Assert.Single((await trust.QueryAsync(Read)).GetProperty("institutions").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("code").GetString() == "alpha");

    private static void AssertBadInput(JsonElement body, string field)
    {
        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
    }
}

public sealed class SqliteInstitutionUpdateTests() : InstitutionUpdateTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresInstitutionUpdateTests(PostgresServer server) : InstitutionUpdateTests(TrustEngine.Postgres, server);
