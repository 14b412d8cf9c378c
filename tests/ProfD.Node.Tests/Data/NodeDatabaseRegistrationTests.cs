using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProfD.Node.Credentials;
using ProfD.Node.Data;
using ProfD.Node.Demo;
using ProfD.Node.Institution;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Credentials;

namespace ProfD.Node.Tests.Data;

/// <summary>What <c>AddNodeDatabase</c> registers, and the migrator it adds, on each engine.</summary>
public abstract class NodeDatabaseRegistrationTests : EngineTestBase
{
    private protected NodeDatabaseRegistrationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server, migrated: false)
    {
    }

    [Fact]
    public async Task The_context_is_the_engine_subclass_and_carries_the_statement_counter()
    {
        await using var services = Services(seed: false);
        await services.MigrateNodeDatabaseAsync();
        var counter = services.GetRequiredService<SqlStatementCounter>();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NodeDbContext>();
        counter.Reset();
        await db.Schools.CountAsync();

        Assert.IsType(Engine == NodeDatabaseEngine.Sqlite ? typeof(SqliteNodeDbContext) : typeof(PostgresNodeDbContext), db);
        Assert.Equal(1, counter.Count);
        await using var own = await services.GetRequiredService<IDbContextFactory<NodeDbContext>>().CreateDbContextAsync();
        Assert.NotSame(db, own);
        Assert.Equal(0, await own.Teachers.CountAsync());
        Assert.Equal(2, counter.Count);
    }

    [Fact]
    public async Task The_migrator_runs_as_a_hosted_service_and_seeds_an_empty_database_once()
    {
        await using var services = Services(seed: true);
        var hosted = Assert.Single(services.GetServices<IHostedService>().OfType<DatabaseMigrator>());

        await hosted.StartAsync(CancellationToken.None);
        await services.MigrateNodeDatabaseAsync();

        await using var db = Database.CreateContext();
        Assert.Equal(DemoShape.SchoolCount, await db.Schools.CountAsync());
        Assert.Equal(DemoData.KeyOf("unimelb", "School", 0), await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var credentials = await db.Awards.Select(a => a.Credential).ToListAsync();
        Assert.NotEmpty(credentials);
        Assert.All(credentials, c => Assert.True(CredentialVerifier.Verify(c!, keys.PublicKeys()).IsValid));
    }

    [Fact]
    public async Task The_migrator_does_not_seed_a_database_that_has_schools()
    {
        await using (var services = Services(seed: false))
        {
            await services.MigrateNodeDatabaseAsync();
        }
        await using (var db = Database.CreateContext())
        {
            new SampleGraph().AddTo(db);
            await db.SaveChangesAsync();
        }

        await using (var services = Services(seed: true))
        {
            await services.MigrateNodeDatabaseAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.Schools.CountAsync());
    }

    private readonly ISigningKeyStore keys = new InMemorySigningKeyStore();

    private ServiceProvider Services(bool seed)
    {
        var options = new NodeOptions { Institution = "unimelb", Database = Database.Connection.ConnectionString, SeedDemoData = seed };
        var services = new ServiceCollection().AddLogging().AddNodeDatabase(options);
        // Seeding signs the demo awards' credentials, so it needs the node's credential services.
        services.AddSingleton(Options.Create(options)).AddSingleton<InstitutionProfile>().AddSingleton(keys).AddNodeCredentials();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}

public sealed class SqliteNodeDatabaseRegistrationTests() : NodeDatabaseRegistrationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNodeDatabaseRegistrationTests(PostgresServer server) : NodeDatabaseRegistrationTests(NodeDatabaseEngine.Postgres, server);
