using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Data;

/// <summary>
/// Which engine holds the trust's data and how to reach it, decided from <see cref="TrustOptions.Database"/>: empty for
/// <c>{DataDirectory}/trust.db</c>, a <c>Data Source=…</c> string for a SQLite file elsewhere, anything else PostgreSQL.
/// </summary>
internal sealed record TrustDatabaseConnection(TrustDatabaseEngine Engine, string ConnectionString)
{
    public static TrustDatabaseConnection From(TrustOptions options)
    {
        var database = options.Database?.Trim();
        if (string.IsNullOrEmpty(database))
        {
            var file = Path.GetFullPath(Path.Combine(options.DataDirectory, "trust.db"));
            return Sqlite(new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString);
        }
        if (database.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)) return Sqlite(database);
        return Postgres(database);
    }

    /// <summary>A SQLite database; creates the folder of its file if that is missing.</summary>
    public static TrustDatabaseConnection Sqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        return new TrustDatabaseConnection(TrustDatabaseEngine.Sqlite, connectionString);
    }

    /// <summary>A PostgreSQL database.</summary>
    /// <exception cref="ArgumentException">The text is not a connection string Npgsql understands.</exception>
    public static TrustDatabaseConnection Postgres(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException(
                $"Trust:Database is neither empty, a SQLite 'Data Source=…' string nor a PostgreSQL connection string ('Host=…;Database=…'): {ex.Message}",
                nameof(connectionString), ex);
        }
        return new TrustDatabaseConnection(TrustDatabaseEngine.Postgres, connectionString);
    }

    /// <summary>Where the data is, for messages and logs; never includes a password.</summary>
    public string Description => Engine switch
    {
        TrustDatabaseEngine.Sqlite => $"the SQLite database {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => DescribePostgres(new NpgsqlConnectionStringBuilder(ConnectionString)),
    };

    public void Configure(DbContextOptionsBuilder builder, params IInterceptor[] interceptors)
    {
        if (Engine == TrustDatabaseEngine.Sqlite) builder.UseSqlite(ConnectionString);
        else builder.UseNpgsql(ConnectionString);
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
    }

    /// <summary>A new context of the engine's own type, outside dependency injection (tests, design time). You dispose it.</summary>
    public TrustDbContext CreateContext(params IInterceptor[] interceptors)
    {
        if (Engine == TrustDatabaseEngine.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteTrustDbContext>();
            Configure(sqlite, interceptors);
            return new SqliteTrustDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresTrustDbContext>();
        Configure(postgres, interceptors);
        return new PostgresTrustDbContext(postgres.Options);
    }

    private static string DescribePostgres(NpgsqlConnectionStringBuilder builder)
    {
        var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? "(default)" : builder.Database;
        return $"the PostgreSQL database '{database}' at {host}:{builder.Port}";
    }
}
