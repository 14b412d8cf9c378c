using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using ProfD.Node.Data;
using ProfD.Node.Identity;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Identity;

/// <summary>The accounts' and the login server's tables come with each engine's migrations and hold their rows.</summary>
public abstract class IdentityMigrationTests : EngineTestBase
{
    private static readonly string[] Tables =
    [
        "AspNetUsers", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens",
        "OpenIddictApplications", "OpenIddictAuthorizations", "OpenIddictScopes", "OpenIddictTokens",
    ];

    private protected IdentityMigrationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server, migrated: false)
    {
    }

    [Fact]
    public async Task Migrations_create_the_identity_tables_which_keep_an_account_with_its_roles_and_an_application()
    {
        await Database.MigrateAsync();

        await using (var db = Database.CreateContext())
        {
            foreach (var table in Tables)
            {
                // Table names are not parameters; these are the fixed names above.
                var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
                Assert.Equal(0, await db.Database.SqlQueryRaw<int>(count).SingleAsync());
            }
            db.Users.Add(new NodeAccount { Id = "a1", UserName = "a@x.example", NormalizedEmail = "A@X.EXAMPLE", Email = "a@x.example", DisplayName = "A", Roles = ["INSTITUTION_ADMIN"] });
            db.Set<OpenIddictEntityFrameworkCoreApplication>().Add(new OpenIddictEntityFrameworkCoreApplication { ClientId = "profd-hub", ClientType = "public" });
            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateContext())
        {
            var account = await db.Users.SingleAsync(u => u.NormalizedEmail == "A@X.EXAMPLE");
            Assert.Equal(["INSTITUTION_ADMIN"], account.Roles);
            Assert.Null(account.TeacherId);
            Assert.Equal("public", (await db.Set<OpenIddictEntityFrameworkCoreApplication>().SingleAsync()).ClientType);
        }
    }
}

public sealed class SqliteIdentityMigrationTests() : IdentityMigrationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdentityMigrationTests(PostgresServer server) : IdentityMigrationTests(NodeDatabaseEngine.Postgres, server);
