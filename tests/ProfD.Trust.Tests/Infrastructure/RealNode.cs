using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ProfD.Node.Hosting;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>A real ProfD institution node (NodeApplication) on loopback with a SQLite file of its own.</summary>
public sealed class RealNode : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private RealNode(WebApplication app, string folder)
    {
        this.app = app;
        this.folder = folder;
    }

    public string Endpoint => app.Urls.First().TrimEnd('/') + "/graphql";

    public static async Task<RealNode> StartAsync(string institution, bool seedDemoData = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "profd-trust-tests", "node-" + Guid.NewGuid().ToString("N"));
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
        });
        await app.StartAsync();
        return new RealNode(app, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
