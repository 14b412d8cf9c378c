using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Data;

/// <summary>The engine's real migrations build the schema from nothing and match the model.</summary>
public abstract class MigrationTests : EngineTestBase
{
    private static readonly string[] Tables =
    [
        "Schools", "Teachers", "Cohorts", "CohortSchools", "Candidates", "ResearchProjects", "ResearchLinks", "Exhibitions",
        "ExhibitionVersions", "MediaItems", "Adjudications", "AdjudicatorReports", "Awards", "Mentorships", "ChangeRecords", "MediaBlobs",
    ];

    private protected MigrationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server, migrated: false)
    {
    }

    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_create_every_table()
    {
        await Database.MigrateAsync();

        await using var db = Database.CreateContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal("Initial", applied[0][(applied[0].IndexOf('_') + 1)..]);
        Assert.Equal(db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        foreach (var table in Tables)
        {
            // Table names are not parameters; these are the fixed names above.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>(count).SingleAsync());
        }
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = Database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {Engine} model differs from its migrations: add a migration for both engines.");
    }

    [Fact]
    public async Task Each_engine_has_its_own_migrations()
    {
        await using var db = Database.CreateContext();
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        Assert.NotEmpty(migrations);
        Assert.All(migrations, m => Assert.Contains($".Migrations.{Engine}.", m.Value.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing()
    {
        await Database.MigrateAsync();
        Database.Sql.Reset();

        await Database.MigrateAsync();

        await using var db = Database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.DoesNotContain(Database.Sql.Statements, s => s.Contains("CREATE TABLE", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServer server) : MigrationTests(NodeDatabaseEngine.Postgres, server);
