using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Data;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// A test class that drives a node through GraphQL, on one engine, with a fresh database and node per test. Derive one
/// concrete class per engine, as for <see cref="EngineTestBase"/>. The node's clock is <see cref="Clock"/>.
/// </summary>
public abstract class NodeApiTestBase : EngineTestBase
{
    public const string Institution = "journey";

    private NodeAppFactory? node;

    private protected NodeApiTestBase(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    /// <summary>The node's clock: 2030-01-01, moving on a little at every reading.</summary>
    public SteppingTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));

    private protected NodeAppFactory Node => node ?? throw new InvalidOperationException("The node is made in InitializeAsync.");

    /// <summary>Services to replace in the node, after its own registrations.</summary>
    private protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        node = new NodeAppFactory(Institution, Database.Connection.ConnectionString)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                ConfigureServices(services);
            },
        };
    }

    public override async Task DisposeAsync()
    {
        node?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A query or mutation that must succeed; its <c>data</c>.</summary>
    private protected Task<JsonElement> QueryAsync(string query, object? variables = null) => Node.QueryAsync(query, variables);

    /// <summary>A request expected to fail with exactly one error; that error.</summary>
    private protected async Task<JsonElement> ErrorAsync(string query, object? variables = null) => GraphQLErrors.Single(await Node.GraphQLAsync(query, variables));

    /// <summary>The global ID of a row of this node.</summary>
    public static string IdOf(string type, string key) => $"{Institution}:{type}:{key}";
}
