using ProfD.Node.Data;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// A test class that runs on one engine with a fresh database per test. Write the tests once in an abstract subclass
/// and derive one concrete class per engine:
/// <code>
/// public sealed class SqliteThingTests() : ThingTests(NodeDatabaseEngine.Sqlite, null);
/// [Collection(PostgresCollection.Name)]
/// public sealed class PostgresThingTests(PostgresServer server) : ThingTests(NodeDatabaseEngine.Postgres, server);
/// </code>
/// </summary>
public abstract class EngineTestBase : IAsyncLifetime
{
    private readonly PostgresServer? server;
    private readonly bool migrated;
    private TestDatabase? database;

    private protected EngineTestBase(NodeDatabaseEngine engine, PostgresServer? server, bool migrated = true)
    {
        Engine = engine;
        this.server = server;
        this.migrated = migrated;
    }

    private protected NodeDatabaseEngine Engine { get; }

    private protected PostgresServer? Server => server;

    /// <summary>This test's database (migrated unless the subclass said otherwise).</summary>
    private protected TestDatabase Database => database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    /// <summary>Another fresh database on the same engine, for tests that need more than one node; dispose it.</summary>
    private protected Task<TestDatabase> CreateDatabaseAsync(bool migrate = true) => TestDatabase.CreateAsync(Engine, server, migrate);

    public virtual async Task InitializeAsync() => database = await TestDatabase.CreateAsync(Engine, server, migrated);

    public virtual async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}
