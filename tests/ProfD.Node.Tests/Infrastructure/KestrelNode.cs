using ProfD.Node.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Data;
using ProfD.Node.Hosting;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>A node on real Kestrel, listening on a free loopback port, with a data folder of its own.</summary>
internal sealed class KestrelNode : IAsyncDisposable
{
    private readonly WebApplication app;

    private KestrelNode(WebApplication app, string dataDirectory, Uri address)
    {
        this.app = app;
        DataDirectory = dataDirectory;
        Address = address;
    }

    public string DataDirectory { get; }

    public Uri Address { get; }

    public string MediaRoot => Path.Combine(DataDirectory, "media");

    /// <summary>The node's services, for arranging what the API cannot (accounts, clocks).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Builds and starts a node on <paramref name="database"/> (null: a SQLite file in its data folder) with extra
    /// configuration <paramref name="settings"/>. A node that fails to start is disposed and the failure thrown.
    /// </summary>
    public static async Task<KestrelNode> StartAsync(string? database, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "profd-tests", Guid.NewGuid().ToString("N"));
        var app = NodeApplication.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Node:Institution"] = "kestrelnode",
                ["Node:DataDirectory"] = dataDirectory,
                ["Node:Database"] = database,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            NodeAccessTesting.PermitAll(builder.Services);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await new KestrelNode(app, dataDirectory, new Uri("http://127.0.0.1/")).DisposeAsync();
            throw;
        }
        return new KestrelNode(app, dataDirectory, new Uri(app.Urls.Single()));
    }

    /// <summary>Runs <paramref name="work"/> against the node's database in its own scope.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<NodeDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NodeDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync();
        }
        catch (OperationCanceledException)
        {
        }
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
