using Microsoft.EntityFrameworkCore;

namespace ProfD.Node.Data;

/// <summary>
/// The node's data in PostgreSQL (for production); migrations in <c>Migrations/Postgres</c>. Date-times are
/// <c>timestamp with time zone</c> and lists of strings are <c>text[]</c>, both by Npgsql's own mapping.
/// </summary>
internal sealed class PostgresNodeDbContext(DbContextOptions<PostgresNodeDbContext> options) : NodeDbContext(options)
{
    /// <summary>The collation of every text column: byte order, the same order SQLite's BINARY gives.</summary>
    public const string TextCollation = "C";

    /// <summary>The key of the transaction-level advisory lock that orders writers of change records.</summary>
    public const long ChangeFeedLockKey = 0x50726F6644_4346; // "ProfD" "CF"

    // An identity value is drawn when the row is inserted but becomes visible only at commit, so two transactions could
    // commit in the other order and a harvester could skip the smaller number. Holding this lock from before the insert
    // until commit makes transactions that write change records take their numbers and commit one after another.
    protected override string? ChangeFeedLockSql => $"SELECT pg_advisory_xact_lock({ChangeFeedLockKey})";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Lists are merged across nodes by the gateway, so "ORDER BY title" must mean the same on every engine and
        // whatever locale the server was initialised with.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if ((property.GetProviderClrType() ?? property.ClrType) == typeof(string) && !property.IsPrimitiveCollection)
                    property.SetCollation(TextCollation);
            }
        }
    }
}
