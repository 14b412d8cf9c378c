using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Access;
using ProfD.Node.Data;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// An institution node in process, on a real database: a fresh SQLite file by default, or the PostgreSQL database
/// named by <paramref name="database"/>. Migrated at start; demo data only when asked.
/// </summary>
public sealed class NodeAppFactory(string institution = "testnode", string? database = null, bool seedDemoData = false)
    : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "profd-tests", Guid.NewGuid().ToString("N"));

    public string Institution => institution;

    /// <summary>The node's data directory (its signing key lives under it).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>
    /// Whether the node enforces its access rules. Off by default: tests written before logins drive the node
    /// anonymously; the tests of the rules (Access/) turn it on and say who calls.
    /// </summary>
    public bool RealAccessRules { get; init; }

    /// <summary>More configuration, applied after the defaults above.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Replaces services after the node's own registrations: a clock, a failing key store, ….</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    internal SqlStatementCounter Sql => Services.GetRequiredService<SqlStatementCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Node:Institution", institution);
        builder.UseSetting("Node:Name", $"Test institution {institution}");
        builder.UseSetting("Node:DataDirectory", _dataDirectory);
        builder.UseSetting("Node:SeedDemoData", seedDemoData ? "true" : "false");
        if (database is not null) builder.UseSetting("Node:Database", database);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (!RealAccessRules) builder.ConfigureTestServices(services => NodeAccessTesting.PermitAll(services));
        if (ConfigureServices is not null) builder.ConfigureTestServices(ConfigureServices);
    }

    /// <summary>Runs <paramref name="work"/> against the node's database in its own scope.</summary>
    internal async Task WithDatabaseAsync(Func<NodeDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<NodeDbContext>());
    }

    /// <summary>POSTs a GraphQL request and returns the whole response body.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
    {
        var response = await CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body;
    }

    /// <summary>POSTs a GraphQL request that must succeed, and returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var body = await GraphQLAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors))
            throw new Xunit.Sdk.XunitException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
        }
    }
}
