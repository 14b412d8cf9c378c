using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ProfD.Node.Institution;

namespace ProfD.Node.Data;

/// <summary>
/// Which engine holds the node's data and how to reach it, decided from <see cref="NodeOptions.Database"/>: empty for a
/// SQLite file <c>{DataDirectory}/{Institution}.db</c>, a <c>Data Source=…</c> string for a SQLite file elsewhere, and
/// anything else for PostgreSQL.
/// </summary>
internal sealed record NodeDatabaseConnection(NodeDatabaseEngine Engine, string ConnectionString)
{
    /// <summary>Decides the engine for <paramref name="options"/> and creates the folder a SQLite file will live in.</summary>
    public static NodeDatabaseConnection From(NodeOptions options)
    {
        var database = options.Database?.Trim();
        if (string.IsNullOrEmpty(database))
        {
            var file = Path.GetFullPath(Path.Combine(options.DataDirectory, $"{options.Institution}.db"));
            return Sqlite(new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString);
        }
        if (database.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
            return Sqlite(database);
        return Postgres(database);
    }

    /// <summary>A SQLite database; creates the folder of its file if that is missing.</summary>
    public static NodeDatabaseConnection Sqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var isFile = builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:"
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        return new NodeDatabaseConnection(NodeDatabaseEngine.Sqlite, connectionString);
    }

    /// <summary>A PostgreSQL database.</summary>
    /// <exception cref="ArgumentException">The text is not a connection string Npgsql understands.</exception>
    public static NodeDatabaseConnection Postgres(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException(
                $"Node:Database is neither empty, a SQLite 'Data Source=…' string nor a PostgreSQL connection string ('Host=…;Database=…'): {ex.Message}",
                nameof(connectionString), ex);
        }
        return new NodeDatabaseConnection(NodeDatabaseEngine.Postgres, connectionString);
    }

    /// <summary>Where the data is, for messages and logs; never includes a password.</summary>
    public string Description => Engine switch
    {
        NodeDatabaseEngine.Sqlite => $"the SQLite database {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => DescribePostgres(new NpgsqlConnectionStringBuilder(ConnectionString)),
    };

    /// <summary>Sets <paramref name="builder"/> up for this database, with <paramref name="interceptors"/>.</summary>
    public void Configure(DbContextOptionsBuilder builder, params IInterceptor[] interceptors)
    {
        if (Engine == NodeDatabaseEngine.Sqlite) builder.UseSqlite(ConnectionString);
        else builder.UseNpgsql(ConnectionString);
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
    }

    /// <summary>
    /// A new context of the engine's own type, outside dependency injection (the CLI, tests, design time). You dispose it.
    /// </summary>
    public NodeDbContext CreateContext(params IInterceptor[] interceptors)
    {
        if (Engine == NodeDatabaseEngine.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteNodeDbContext>();
            Configure(sqlite, interceptors);
            return new SqliteNodeDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresNodeDbContext>();
        Configure(postgres, interceptors);
        return new PostgresNodeDbContext(postgres.Options);
    }

    /// <summary>
    /// Whether <paramref name="exception"/> says the database could not be reached or opened at all, as opposed to a
    /// failure of a statement in a reachable database.
    /// </summary>
    public static bool IsConnectionFailure(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException pg:
                    // 08: connection exceptions; 28: bad user or password; 3D000: no such database; 57P03: starting up.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("28", StringComparison.Ordinal)
                        || pg.SqlState is "3D000" or "57P03";
                case NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException }:
                case System.Net.Sockets.SocketException:
                    return true;
                case NpgsqlException npgsql when npgsql.Message.StartsWith("Failed to connect", StringComparison.Ordinal)
                    || npgsql.Message.StartsWith("Exception while connecting", StringComparison.Ordinal):
                    return true;
                case SqliteException sqlite:
                    // SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_NOTADB.
                    return sqlite.SqliteErrorCode is 14 or 3 or 8 or 26;
            }
        }
        return false;
    }

    private static string DescribePostgres(NpgsqlConnectionStringBuilder builder)
    {
        var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? "(default)" : builder.Database;
        return $"the PostgreSQL database '{database}' at {host}:{builder.Port}";
    }
}
