using Microsoft.EntityFrameworkCore;

namespace ProfD.Node.Data;

/// <summary>The node's data in a SQLite file (the embedded default); migrations in <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteNodeDbContext(DbContextOptions<SqliteNodeDbContext> options) : NodeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite keeps date-times as text without a zone and reads them back as Unspecified; every one we store is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
