using ProfD.Node.Data;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// One seeded node shared by the read-only tests of a class, started by the first test on that class's engine: an
/// xunit 2 class fixture cannot take the PostgreSQL collection fixture, so the test class hands the server over.
/// </summary>
public sealed class SharedNodeFixture : IAsyncLifetime
{
    public const string Institution = "shared";

    private readonly SemaphoreSlim gate = new(1, 1);
    private TestDatabase? database;
    private NodeAppFactory? node;
    private object? data;

    public static string IdOf(string type, string key) => $"{Institution}:{type}:{key}";

    /// <summary>The node and what <paramref name="seed"/> returned; seeds only the first time it is called.</summary>
    internal async Task<(NodeAppFactory Node, T Data)> StartAsync<T>(NodeDatabaseEngine engine, PostgresServer? server, Func<NodeDbContext, Task<T>> seed)
        where T : class
    {
        await gate.WaitAsync();
        try
        {
            if (node is null)
            {
                database = await TestDatabase.CreateAsync(engine, server);
                var started = new NodeAppFactory(Institution, database.Connection.ConnectionString);
                await started.WithDatabaseAsync(async db => data = await seed(db));
                node = started;
            }
            return (node, (T)data!);
        }
        finally
        {
            gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        node?.Dispose();
        if (database is not null) await database.DisposeAsync();
        gate.Dispose();
    }
}
