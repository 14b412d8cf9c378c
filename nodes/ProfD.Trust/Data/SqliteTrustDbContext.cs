using Microsoft.EntityFrameworkCore;

namespace ProfD.Trust.Data;

/// <summary>
/// The trust's data in a SQLite file (the default); migrations in <c>Migrations/Sqlite</c>. Library search is the FTS5
/// table <c>LibrarySearch</c>, created by a migration and kept up to date by the harvester.
/// </summary>
internal sealed class SqliteTrustDbContext(DbContextOptions<SqliteTrustDbContext> options) : TrustDbContext(options)
{
    public override TrustDatabaseEngine Engine => TrustDatabaseEngine.Sqlite;
}
