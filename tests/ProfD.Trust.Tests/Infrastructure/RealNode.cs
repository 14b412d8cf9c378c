using ProfD.Node.Access;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Node.Data;
using ProfD.Node.Hosting;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>A real ProfD institution node (NodeApplication) on loopback with a SQLite file of its own.</summary>
public sealed class RealNode : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;
    private readonly HttpClient http = new();
    private readonly FeedRequestGate gate;

    private RealNode(WebApplication app, string folder, FeedRequestGate gate)
    {
        this.app = app;
        this.folder = folder;
        this.gate = gate;
    }

    /// <summary>How many change-feed requests the node has received.</summary>
    public int FeedRequests => gate.Requests;

    /// <summary>Called with the number of each feed request (1, 2, …) before the node answers it.</summary>
    public Func<int, CancellationToken, Task>? BeforeFeedRequest
    {
        get => gate.BeforeFeedRequest;
        set => gate.BeforeFeedRequest = value;
    }

    public string Endpoint => app.Urls.First().TrimEnd('/') + "/graphql";

    public static async Task<RealNode> StartAsync(string institution, bool seedDemoData = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "profd-trust-tests", "node-" + Guid.NewGuid().ToString("N"));
        var gate = new FeedRequestGate();
        var app = NodeApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Node:Institution"] = institution,
                ["Node:Name"] = $"Node {institution}",
                ["Node:DataDirectory"] = folder,
                ["Node:SeedDemoData"] = seedDemoData ? "true" : "false",
            });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IStartupFilter>(gate);
            // Written before logins: these nodes serve the trust anonymously.
            NodeAccessTesting.PermitAll(builder.Services);
        });
        await app.StartAsync();
        return new RealNode(app, folder, gate);
    }

    /// <summary>POSTs a GraphQL request to the node that must succeed and returns its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var response = await http.PostAsJsonAsync(Endpoint, new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException($"GraphQL errors from the node: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>Runs <paramref name="work"/> on a node database context of its own; its saves feed the node's change feed.</summary>
    internal async Task WithDatabaseAsync(Func<NodeDbContext, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<NodeDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
