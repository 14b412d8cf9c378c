using ProfD.Node.Access;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Node.Hosting;

namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>A real institution node (NodeApplication) on loopback, with its own SQLite file and a log of the requests it got.</summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly HttpClient _http = new();

    private TestNode(string institution, WebApplication app, string folder, RequestLog log)
    {
        Institution = institution;
        _app = app;
        _folder = folder;
        Log = log;
    }

    public string Institution { get; }

    public RequestLog Log { get; }

    public string Endpoint => _app.Urls.First().TrimEnd('/') + "/graphql";

    /// <summary>
    /// Starts a node; with <paramref name="hub"/> it accepts that hub's tokens and applies its real access rules,
    /// without it (tests written before logins) it lets every request do everything.
    /// </summary>
    public static async Task<TestNode> StartAsync(string institution, bool seedDemoData, string? nation = null, string? hub = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "profd-gateway-tests", "node-" + Guid.NewGuid().ToString("N"));
        var log = new RequestLog();
        var app = NodeApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Node:Institution"] = institution,
                ["Node:Name"] = $"Node {institution}",
                ["Node:Nation"] = nation ?? "GB",
                ["Node:DataDirectory"] = folder,
                ["Node:SeedDemoData"] = seedDemoData ? "true" : "false",
                ["Node:Identity:Hub"] = hub,
            });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IStartupFilter>(new RequestRecording(log));
            // Written before logins: these nodes serve the gateway anonymously.
            if (hub is null) NodeAccessTesting.PermitAll(builder.Services);
        });
        await app.StartAsync();
        return new TestNode(institution, app, folder, log);
    }

    /// <summary>Asks the node directly (not through the gateway); the request is not logged as the gateway's.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var response = await _http.PostAsJsonAsync(Endpoint, new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException($"{Institution}: GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
