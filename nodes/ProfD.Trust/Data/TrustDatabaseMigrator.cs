using Microsoft.EntityFrameworkCore;
using ProfD.Trust.Nations;

namespace ProfD.Trust.Data;

/// <summary>
/// Brings the trust's database up to date when the host starts, before Kestrel listens: applies the engine's
/// migrations and adds any nation of <see cref="NationCatalog"/> the database lacks. Runs once per process.
/// </summary>
internal sealed class TrustDatabaseMigrator(
    IServiceScopeFactory scopes,
    TrustDatabaseConnection connection,
    ILogger<TrustDatabaseMigrator> logger) : IHostedService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool done;

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (done) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
            await MigrateAsync(db, connection, logger, cancellationToken);
            done = true;
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task MigrateAsync(TrustDbContext db, TrustDatabaseConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}", pending.Count, connection.Description, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (connection.Engine == TrustDatabaseEngine.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await NationCatalog.SeedAsync(db, cancellationToken);
    }
}
