using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ProfD.Node.Data;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// A fresh database of its own for one test, on either engine: SQLite in a temporary file, PostgreSQL as a new
/// database on the <see cref="PostgresServer"/>. Migrated with the real migrations unless asked not to (a migrated
/// template is built once per engine and copied, which is what makes a fresh database per test cheap). Dispose it to
/// delete the file or drop the database.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private const string PostgresTemplate = "profd_test_template";

    private static readonly Lazy<Task<string>> SqliteTemplate = new(BuildSqliteTemplateAsync);

    private readonly Func<ValueTask> cleanUp;

    private TestDatabase(NodeDatabaseConnection connection, Func<ValueTask> cleanUp)
    {
        Connection = connection;
        this.cleanUp = cleanUp;
    }

    public NodeDatabaseConnection Connection { get; }

    public NodeDatabaseEngine Engine => Connection.Engine;

    /// <summary>Counts the statements of every context made by <see cref="CreateContext"/>.</summary>
    public SqlStatementCounter Sql { get; } = new();

    /// <summary>A new context on this database; you dispose it. Use a fresh one to read what another one wrote.</summary>
    public NodeDbContext CreateContext() => Connection.CreateContext(Sql);

    /// <summary>Applies the real migrations, as the node does at start.</summary>
    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await DatabaseMigrator.MigrateAsync(db, Connection, NullLogger.Instance, CancellationToken.None);
    }

    /// <summary>A fresh database on <paramref name="engine"/>; PostgreSQL needs <paramref name="server"/>.</summary>
    public static Task<TestDatabase> CreateAsync(NodeDatabaseEngine engine, PostgresServer? server, bool migrated = true) =>
        engine == NodeDatabaseEngine.Sqlite
            ? CreateSqliteAsync(migrated)
            : CreatePostgresAsync(server ?? throw new ArgumentNullException(nameof(server), "PostgreSQL tests need the PostgresServer fixture."), migrated);

    public static async Task<TestDatabase> CreateSqliteAsync(bool migrated = true)
    {
        var file = Path.Combine(Path.GetTempPath(), "profd-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (migrated) File.Copy(await SqliteTemplate.Value, file);
        var connection = NodeDatabaseConnection.Sqlite(new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString);
        return new TestDatabase(connection, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                try { File.Delete(path); } catch (IOException) { }
            }
            return ValueTask.CompletedTask;
        });
    }

    public static async Task<TestDatabase> CreatePostgresAsync(PostgresServer server, bool migrated = true)
    {
        if (migrated) await server.EnsureTemplateAsync(PostgresTemplate, MigrateAsync);
        var connectionString = await server.CreateDatabaseAsync(migrated ? PostgresTemplate : null);
        return new TestDatabase(NodeDatabaseConnection.Postgres(connectionString), async () => await server.DropDatabaseAsync(connectionString));
    }

    public ValueTask DisposeAsync() => cleanUp();

    private static async Task MigrateAsync(string postgresConnectionString)
    {
        await using var db = NodeDatabaseConnection.Postgres(postgresConnectionString).CreateContext();
        await db.Database.MigrateAsync();
    }

    private static async Task<string> BuildSqliteTemplateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "profd-tests", $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString;
        await using (var db = NodeDatabaseConnection.Sqlite(connectionString).CreateContext())
        {
            await db.Database.MigrateAsync();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { File.Delete(file); } catch (IOException) { }
        };
        return file;
    }
}
