using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Registry;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Registry;

/// <summary>Registering nodes: only an endpoint that answers as the named ProfD node gets in; the health checker keeps watch. On each engine.</summary>
public abstract class RegistrationTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Register = "mutation($input: InstitutionInput!) { registerInstitution(input: $input) { id code name nation endpoint status joinedAt health { reachable schemaVersion compatible lastSeenAt } } }";

    [Fact]
    public async Task A_real_ProfD_node_is_registered_as_reachable_and_compatible()
    {
        await using var node = await RealNode.StartAsync("uclioe");
        await using var trust = await StartTrustAsync();

        var data = await trust.QueryAsync(Register, new { input = new { code = "uclioe", name = "UCL Institute of Education", nation = "GB", endpoint = node.Endpoint } });

        var institution = data.GetProperty("registerInstitution");
        Assert.Equal("uclioe:Institution:uclioe", institution.GetProperty("id").GetString());
        Assert.Equal("ACTIVE", institution.GetProperty("status").GetString());
        var health = institution.GetProperty("health");
        Assert.True(health.GetProperty("reachable").GetBoolean());
        Assert.True(health.GetProperty("compatible").GetBoolean(), health.ToString());
        Assert.Equal("1.0.0", health.GetProperty("schemaVersion").GetString());

        var listed = await trust.QueryAsync("{ institutions(where: { status: { eq: ACTIVE }, nation: { eq: \"GB\" } }) { totalCount nodes { code endpoint } } }");
        Assert.Equal(node.Endpoint, listed.GetProperty("institutions").GetProperty("nodes")[0].GetProperty("endpoint").GetString());
    }

    [Fact]
    public async Task An_endpoint_that_answers_something_else_is_refused()
    {
        await using var other = await OtherServerAsync();
        await using var trust = await StartTrustAsync();

        var body = await trust.GraphQLAsync(Register, new { input = new { code = "fake", name = "Not a node", nation = "GB", endpoint = other.Urls.First() + "/graphql" } });

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("input.endpoint", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains("does not answer as a ProfD node", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await trust.QueryAsync("{ institutions { totalCount } }")).GetProperty("institutions").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_node_of_another_institution_or_a_closed_port_is_refused()
    {
        await using var node = await RealNode.StartAsync("unimelb");
        await using var trust = await StartTrustAsync();

        var wrongCode = await trust.GraphQLAsync(Register, new { input = new { code = "uclioe", name = "UCL", nation = "GB", endpoint = node.Endpoint } });
        var closed = await trust.GraphQLAsync(Register, new { input = new { code = "uclioe", name = "UCL", nation = "GB", endpoint = "http://127.0.0.1:9/graphql" } });

        Assert.Contains("node of 'unimelb', not of 'uclioe'", GraphQLErrors.MessageOf(wrongCode), StringComparison.Ordinal);
        Assert.Contains("cannot be reached", GraphQLErrors.MessageOf(closed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Not A Code", "Name", "GB", "http://127.0.0.1:1/graphql", "input.code")]
    [InlineData("trust", "Name", "GB", "http://127.0.0.1:1/graphql", "input.code")]
    [InlineData("good", "  ", "GB", "http://127.0.0.1:1/graphql", "input.name")]
    [InlineData("good", "Name", "XX", "http://127.0.0.1:1/graphql", "input.nation")]
    [InlineData("good", "Name", "GB", "ftp://example.org/graphql", "input.endpoint")]
    public async Task Bad_registrations_name_the_field(string code, string name, string nation, string endpoint, string field)
    {
        await using var trust = await StartTrustAsync();

        var body = await trust.GraphQLAsync(Register, new { input = new { code, name, nation, endpoint } });

        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(body));
        Assert.Equal(field, GraphQLErrors.Single(body).GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Registering_twice_is_a_conflict_and_LEFT_is_final()
    {
        await using var node = await RealNode.StartAsync("uclioe");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("uclioe", node.Endpoint);

        var twice = await trust.GraphQLAsync(Register, new { input = new { code = "uclioe", name = "Again", nation = "GB", endpoint = node.Endpoint } });
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(twice));

        const string SetStatus = "mutation($status: InstitutionStatus!) { setInstitutionStatus(code: \"uclioe\", status: $status) { status } }";
        Assert.Equal("SUSPENDED", (await trust.QueryAsync(SetStatus, new { status = "SUSPENDED" })).GetProperty("setInstitutionStatus").GetProperty("status").GetString());
        Assert.Equal("LEFT", (await trust.QueryAsync(SetStatus, new { status = "LEFT" })).GetProperty("setInstitutionStatus").GetProperty("status").GetString());
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(await trust.GraphQLAsync(SetStatus, new { status = "ACTIVE" })));
        Assert.Equal("NOT_FOUND", GraphQLErrors.CodeOf(await trust.GraphQLAsync("mutation { setInstitutionStatus(code: \"nobody\", status: ACTIVE) { status } }")));
    }

    [Fact]
    public async Task The_health_checker_records_a_node_that_went_away_without_waiting_for_it()
    {
        var node = await RealNode.StartAsync("uclioe");
        await using var alive = await RealNode.StartAsync("unimelb");
        await using var trust = await StartTrustAsync();
        await trust.RegisterAsync("uclioe", node.Endpoint);
        await trust.RegisterAsync("unimelb", alive.Endpoint, "AU");
        await node.DisposeAsync();
        trust.Clock.Advance(TimeSpan.FromMinutes(5));

        await trust.Services.GetRequiredService<NodeHealthChecker>().CheckAllAsync(default);

        var data = await trust.QueryAsync("{ institutions { nodes { code health { reachable lastError lastCheckedAt lastSeenAt } } } }");
        var health = data.GetProperty("institutions").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("code").GetString()!, n => n.GetProperty("health"));
        Assert.False(health["uclioe"].GetProperty("reachable").GetBoolean());
        Assert.Contains("cannot be reached", health["uclioe"].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(health["uclioe"].GetProperty("lastCheckedAt").GetString(), health["uclioe"].GetProperty("lastSeenAt").GetString());
        Assert.True(health["unimelb"].GetProperty("reachable").GetBoolean());
        Assert.Equal(health["unimelb"].GetProperty("lastCheckedAt").GetString(), health["unimelb"].GetProperty("lastSeenAt").GetString());
    }

    [Fact]
    public void The_node_contract_is_embedded_and_a_node_lacking_part_of_it_is_incompatible()
    {
        Assert.Empty(NodeContract.MissingFrom(NodeContract.Sdl));
        var missing = NodeContract.MissingFrom(NodeContract.Sdl.Replace("  abstract: String\n  researchQuestion: String\n  findings", "  researchQuestion: String\n  findings", StringComparison.Ordinal));
        Assert.Equal(["Exhibition.abstract"], missing);
        Assert.NotEmpty(NodeContract.MissingFrom("type Query { hello: String }"));
    }

    private static async Task<WebApplication> OtherServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/graphql", () => Results.Json(new { message = "Welcome to the school canteen menu API", data = new { menu = "soup" } }));
        await app.StartAsync();
        return app;
    }
}

public sealed class SqliteRegistrationTests() : RegistrationTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistrationTests(PostgresServer server) : RegistrationTests(TrustEngine.Postgres, server);
