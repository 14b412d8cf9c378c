using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Data;
using ProfD.Trust.Nations;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Data;

/// <summary>Each engine's migrations build the whole model, its full-text index and the nation list.</summary>
public abstract class MigrationTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations_and_the_nations_are_seeded()
    {
        await using var trust = await StartTrustAsync();
        await trust.WithDatabaseAsync(async db =>
        {
            Assert.False(db.Database.HasPendingModelChanges(), $"The {Engine} model differs from its migrations: add a migration for both engines.");
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(NationCatalog.All.Count, await db.Set<Nation>().CountAsync());
            Assert.Contains(await db.Set<Nation>().Where(n => n.Code == "UG").Select(n => n.Economy).ToListAsync(), e => e == Economy.Developing);
            var search = Engine == TrustEngine.Sqlite
                ? "SELECT COUNT(*) AS \"Value\" FROM \"LibrarySearch\""
                : "SELECT COUNT(*)::int AS \"Value\" FROM \"LibraryExhibitions\" WHERE \"SearchVector\" IS NOT NULL";
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>(search).SingleAsync());
        });
    }

    [Fact]
    public async Task Starting_twice_on_the_same_database_changes_nothing()
    {
        await using var trust = await StartTrustAsync();
        var migrator = trust.Services.GetRequiredService<TrustDatabaseMigrator>();
        await trust.WithDatabaseAsync(async db => await TrustDatabaseMigrator.MigrateAsync(db, trust.Services.GetRequiredService<TrustDatabaseConnection>(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default));
        await migrator.MigrateAsync();
        await trust.WithDatabaseAsync(async db => Assert.Equal(NationCatalog.All.Count, await db.Set<Nation>().CountAsync()));
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServer server) : MigrationTests(TrustEngine.Postgres, server);
