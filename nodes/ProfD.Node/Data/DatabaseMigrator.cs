using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProfD.Node.Credentials;
using ProfD.Node.Demo;
using ProfD.Node.Media;

namespace ProfD.Node.Data;

/// <summary>
/// Brings the node's database up to date when the host starts: applies the engine's migrations (creating the database
/// if need be) and, when asked to, fills an empty database (one without schools) with demo data. Runs once per
/// process; a database that cannot be reached fails the start with a <see cref="NodeDatabaseUnavailableException"/>.
/// </summary>
internal sealed class DatabaseMigrator(
    IServiceScopeFactory scopes,
    NodeDatabaseConnection connection,
    string institution,
    bool seedDemoData,
    TimeProvider time,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool done;

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrates and seeds, once; later calls return at once.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (done) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NodeDbContext>();
            await MigrateAsync(db, connection, logger, cancellationToken);
            if (seedDemoData) await SeedDemoDataAsync(db, scope.ServiceProvider.GetRequiredService<CredentialIssuer>(), cancellationToken);
            done = true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Applies the pending migrations of <paramref name="db"/>, turning "cannot connect" into a clear error.</summary>
    public static async Task MigrateAsync(NodeDbContext db, NodeDatabaseConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}", pending.Count, connection.Description, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
            if (connection.Engine == NodeDatabaseEngine.Sqlite)
            {
                // Readers no longer wait for the writer; the setting stays with the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        catch (Exception ex) when (NodeDatabaseConnection.IsConnectionFailure(ex))
        {
            throw NodeDatabaseUnavailableException.For(connection, ex);
        }
    }

    // Demo awards carry real credentials, signed with this node's key.
    private async Task SeedDemoDataAsync(NodeDbContext db, CredentialIssuer issuer, CancellationToken cancellationToken)
    {
        if (await db.Schools.AnyAsync(cancellationToken))
        {
            logger.LogInformation("{Database} already has data; demo data not seeded", connection.Description);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await DemoData.SeedAsync(db, institution, time, issuer, scope.ServiceProvider.GetService<MediaStore>(), cancellationToken);
        logger.LogInformation("Seeded demo data for {Institution} into {Database}", institution, connection.Description);
    }
}
