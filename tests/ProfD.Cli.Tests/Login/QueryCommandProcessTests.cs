using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ProfD.Cli.Login;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Login;

/// <summary><c>profd query</c> as a real process against a GraphQL endpoint on loopback that echoes what it received.</summary>
public sealed class QueryCommandProcessTests : IAsyncLifetime
{
    private readonly TempDirectory _home = new();
    private WebApplication _echo = null!;
    private string _endpoint = null!;

    public async Task InitializeAsync()
    {
        var port = FreePorts.One();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        _echo = builder.Build();
        _echo.MapPost("/graphql", async (HttpContext context) =>
        {
            var request = await JsonDocument.ParseAsync(context.Request.Body);
            var query = request.RootElement.GetProperty("query").GetString();
            var authorization = context.Request.Headers.Authorization.ToString();
            if (query!.Contains("fail", StringComparison.Ordinal))
                return Results.Json(new { errors = new[] { new { message = "refused", extensions = new { code = "FORBIDDEN" } } } });
            return Results.Json(new { data = new { authorization, query, variables = request.RootElement.GetProperty("variables") } });
        });
        await _echo.StartAsync();
        _endpoint = $"http://127.0.0.1:{port}/graphql";
    }

    [Fact]
    public async Task Sends_the_stored_access_token_and_prints_the_response()
    {
        await StoreLoginAsync("token-of-ada");

        using var profd = await RunAsync("query", "{ me }", "--endpoint", _endpoint, "--variables", """{"id":"uclioe:School:1"}""");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var response = JsonDocument.Parse(profd.StandardOutput).RootElement.GetProperty("data");
        Assert.Equal("Bearer token-of-ada", response.GetProperty("authorization").GetString());
        Assert.Equal("{ me }", response.GetProperty("query").GetString());
        Assert.Equal("uclioe:School:1", response.GetProperty("variables").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Anonymous_sends_no_token()
    {
        await StoreLoginAsync("token-of-ada");

        using var profd = await RunAsync("query", "{ me }", "--endpoint", _endpoint, "--anonymous");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        Assert.Equal("", JsonDocument.Parse(profd.StandardOutput).RootElement.GetProperty("data").GetProperty("authorization").GetString());
    }

    [Fact]
    public async Task A_response_with_errors_exits_1_after_printing_it()
    {
        await StoreLoginAsync("token-of-ada");

        using var profd = await RunAsync("query", "{ fail }", "--endpoint", _endpoint);

        Assert.Equal(1, profd.ExitCode);
        Assert.Contains("FORBIDDEN", profd.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_login_it_says_to_log_in()
    {
        using var profd = await RunAsync("query", "{ me }", "--endpoint", _endpoint);

        Assert.Equal(1, profd.ExitCode);
        Assert.Contains("profd login", profd.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_that_are_not_a_json_object_are_a_usage_error()
    {
        using var profd = await RunAsync("query", "{ me }", "--endpoint", _endpoint, "--variables", "[1]", "--anonymous");

        Assert.Equal(2, profd.ExitCode);
        Assert.Contains("--variables must be a JSON object", profd.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_document_from_a_file_named_by_the_argument()
    {
        var file = _home.Combine("school.graphql");
        await File.WriteAllTextAsync(file, "query School($id: ID!) { school(id: $id) { name } }");

        using var profd = await RunAsync("query", file, "--endpoint", _endpoint, "--anonymous");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var data = JsonDocument.Parse(profd.StandardOutput).RootElement.GetProperty("data");
        Assert.Equal("query School($id: ID!) { school(id: $id) { name } }", data.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Var_values_are_json_when_they_parse_and_strings_otherwise_and_override_variables()
    {
        using var profd = await RunAsync(
            "query", "{ me }", "--endpoint", _endpoint, "--anonymous",
            "--variables", """{"id":"from-variables","keep":"kept"}""",
            "--var", "id=uclioe:School:1", "--var", "first=5", "--var", "open=true", "--var", "tags=[\"a\"]", "--var", "note=a=b");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var variables = JsonDocument.Parse(profd.StandardOutput).RootElement.GetProperty("data").GetProperty("variables");
        Assert.Equal("uclioe:School:1", variables.GetProperty("id").GetString());
        Assert.Equal("kept", variables.GetProperty("keep").GetString());
        Assert.Equal(5, variables.GetProperty("first").GetInt32());
        Assert.True(variables.GetProperty("open").GetBoolean());
        Assert.Equal("a", variables.GetProperty("tags")[0].GetString());
        Assert.Equal("a=b", variables.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_var_without_a_name_is_a_usage_error()
    {
        using var profd = await RunAsync("query", "{ me }", "--endpoint", _endpoint, "--var", "=5", "--anonymous");

        Assert.Equal(2, profd.ExitCode);
        Assert.Contains("--var '=5' must be name=value", profd.StandardError, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _echo.DisposeAsync();
        _home.Dispose();
    }

    private Task<ProfdProcess> RunAsync(params string[] arguments) =>
        ProfdProcess.RunAsync(_home.Path, new Dictionary<string, string> { [LoginStore.HomeVariable] = _home.Path }, arguments);

    private Task StoreLoginAsync(string accessToken) => new LoginStore(_home.Path).SaveAsync(
        new StoredLogin { Hub = "http://127.0.0.1:1/", AccessToken = accessToken, ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) },
        CancellationToken.None);
}
