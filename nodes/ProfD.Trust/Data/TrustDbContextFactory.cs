using Microsoft.EntityFrameworkCore;

namespace ProfD.Trust.Data;

/// <summary>Hands out <see cref="TrustDbContext"/>s of the configured engine for background work and parallel calls; you dispose them.</summary>
internal sealed class TrustDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TrustDbContext>
    where TContext : TrustDbContext
{
    public TrustDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<TrustDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
