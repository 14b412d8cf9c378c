using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Trust.Access;
using ProfD.Trust.Demo;
using ProfD.Trust.Hosting;

namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>A real trust on loopback with a SQLite file of its own; with a demo plan, seeded as <c>profd demo</c> seeds it.</summary>
public sealed class TestTrust : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly HttpClient _http = new();

    private TestTrust(WebApplication app, string folder, RequestLog log)
    {
        _app = app;
        _folder = folder;
        Log = log;
    }

    public RequestLog Log { get; }

    public string Endpoint => _app.Urls.First().TrimEnd('/') + "/graphql";

    internal static async Task<TestTrust> StartAsync(TrustDemoPlan? plan = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "profd-gateway-tests", "trust-" + Guid.NewGuid().ToString("N"));
        var log = new RequestLog();
        var app = TrustApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Trust:DataDirectory"] = folder,
                ["Trust:BackgroundWork"] = "false",
            });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IStartupFilter>(new RequestRecording(log));
            if (plan is not null) builder.Services.AddTrustDemo(plan);
            // Written before the login: the gateway's tests call the trust anonymously.
            TrustAccessTesting.PermitAll(builder.Services);
        });
        await app.StartAsync();
        if (plan is not null) await app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<TrustDemoSeeder>().Single().Done;
        return new TestTrust(app, folder, log);
    }

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var response = await _http.PostAsJsonAsync(Endpoint, new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException($"trust: GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    public Task<JsonElement> RegisterAsync(TestNode node, string nation) =>
        QueryAsync("mutation($input: InstitutionInput!) { registerInstitution(input: $input) { code } }",
            new { input = new { code = node.Institution, name = $"Node {node.Institution}", nation, endpoint = node.Endpoint } });

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
