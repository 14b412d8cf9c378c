using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Data;
using ProfD.Trust.Harvesting;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>
/// A trust on real Kestrel (loopback, a free port) with a database of its own: a SQLite file, or a fresh PostgreSQL
/// database on the shared <see cref="PostgresServer"/>. Background work is off; tests drive the harvester and health
/// checker themselves, on a <see cref="TestClock"/>.
/// </summary>
public sealed class TrustHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<ValueTask> cleanUp;
    private readonly HttpClient http = new();

    private TrustHost(WebApplication app, TestClock clock, Func<ValueTask> cleanUp)
    {
        this.app = app;
        Clock = clock;
        this.cleanUp = cleanUp;
    }

    public TestClock Clock { get; }

    public IServiceProvider Services => app.Services;

    public string Endpoint => app.Urls.First().TrimEnd('/') + "/graphql";

    internal SqlStatementCounter Sql => Services.GetRequiredService<SqlStatementCounter>();

    internal ChangeFeedHarvester Harvester => Services.GetRequiredService<ChangeFeedHarvester>();

    public static async Task<TrustHost> StartAsync(TrustEngine engine = TrustEngine.Sqlite, PostgresServer? server = null, Action<IDictionary<string, string?>>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "profd-trust-tests", Guid.NewGuid().ToString("N"));
        string? database = null;
        if (engine == TrustEngine.Postgres)
            database = await (server ?? throw new ArgumentNullException(nameof(server))).CreateDatabaseAsync();
        var clock = new TestClock();
        var values = new Dictionary<string, string?>
        {
            ["Trust:DataDirectory"] = folder,
            ["Trust:Database"] = database,
            ["Trust:BackgroundWork"] = "false",
            ["Trust:NodeTimeout"] = "00:00:05",
            ["Trust:HarvestPageSize"] = "2",
        };
        settings?.Invoke(values);
        var app = TrustApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.StartAsync();
        return new TrustHost(app, clock, async () =>
        {
            if (database is not null) await server!.DropDatabaseAsync(database);
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        });
    }

    /// <summary>POSTs a GraphQL request and returns the whole body.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
    {
        var response = await http.PostAsJsonAsync(Endpoint, new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>POSTs a GraphQL request that must succeed and returns its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var body = await GraphQLAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>Runs <paramref name="work"/> on a context of its own.</summary>
    internal async Task WithDatabaseAsync(Func<TrustDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<TrustDbContext>());
    }

    /// <summary>Registers a feed node (or any node) by mutation; fails the test if refused.</summary>
    public Task<JsonElement> RegisterAsync(string code, string endpoint, string nation = "GB") =>
        QueryAsync("mutation($input: InstitutionInput!) { registerInstitution(input: $input) { code health { compatible } } }",
            new { input = new { code, name = $"Institution {code}", nation, endpoint } });

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await cleanUp();
    }
}
