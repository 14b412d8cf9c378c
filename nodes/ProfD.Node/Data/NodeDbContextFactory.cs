using Microsoft.EntityFrameworkCore;

namespace ProfD.Node.Data;

/// <summary>
/// Hands out <see cref="NodeDbContext"/>s of the configured engine, for code that needs a context of its own (batch
/// loaders running in parallel, background work). You dispose what it creates.
/// </summary>
internal sealed class NodeDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<NodeDbContext>
    where TContext : NodeDbContext
{
    public NodeDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<NodeDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
