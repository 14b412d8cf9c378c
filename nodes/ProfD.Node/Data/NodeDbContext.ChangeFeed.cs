using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ProfD.Node.Changes;

namespace ProfD.Node.Data;

// Every save records its changes to public records in the change feed, in the same transaction, so both commit or
// neither does. See docs/architecture.md, "The change feed".
internal abstract partial class NodeDbContext
{
    /// <summary>
    /// SQL run inside the transaction before change records are inserted, so that transactions writing change records
    /// commit in the order of their sequence numbers. Null where the engine already serialises writers (SQLite).
    /// </summary>
    protected virtual string? ChangeFeedLockSql => null;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = PlanChangeRecords();
        if (pending.Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);

        using var owned = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        if (ChangeFeedLockSql is { } lockSql) Database.ExecuteSqlRaw(lockSql);
        var records = ChangeFeedRecorder.Resolve(this, pending, Now());
        ChangeRecords.AddRange(records);
        try
        {
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            owned?.Commit();
            return written;
        }
        finally
        {
            Forget(records);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = PlanChangeRecords();
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        if (ChangeFeedLockSql is { } lockSql) await Database.ExecuteSqlRawAsync(lockSql, cancellationToken);
        var records = await ChangeFeedRecorder.ResolveAsync(this, pending, Now(), cancellationToken);
        ChangeRecords.AddRange(records);
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (owned is not null) await owned.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            Forget(records);
        }
    }

    private IReadOnlyList<PendingChange> PlanChangeRecords()
    {
        if (ChangeTracker.AutoDetectChangesEnabled) ChangeTracker.DetectChanges();
        return ChangeFeedRecorder.Plan(ChangeTracker);
    }

    // Written or not, the records leave the tracker: a failed save retried later plans its records afresh, and a long
    // seeding context does not carry them around.
    private void Forget(IReadOnlyList<ChangeRecord> records)
    {
        foreach (var record in records) Entry(record).State = EntityState.Detached;
    }

    // The host's clock when the context comes from dependency injection; the system clock for contexts made by hand.
    private DateTime Now()
    {
        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        var time = services?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return time.GetUtcNow().UtcDateTime;
    }
}
