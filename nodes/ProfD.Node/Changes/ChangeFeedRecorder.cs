using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Changes;

/// <summary>
/// Reads what a save is about to do to schools, exhibitions and teachers and says which change records it means, so
/// that <see cref="NodeDbContext"/> writes them in the same transaction. It looks only at the change tracker, so every
/// feature that saves through the context feeds the harvest without calling anything; bulk
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass the tracker and must not be used on these three types.
/// </summary>
internal static class ChangeFeedRecorder
{
    /// <summary>The pending changes to public records among the tracked entries, one per record.</summary>
    public static IReadOnlyList<PendingChange> Plan(ChangeTracker tracker)
    {
        var pending = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            PendingDecision? decision = entry.Entity switch
            {
                School => entry.State == EntityState.Deleted ? PendingDecision.Delete : PendingDecision.Upsert,
                Exhibition => Decide(entry, nameof(Exhibition.Status), (ExhibitionStatus s) => Visibilities.Of(s)),
                Teacher => Decide(entry, nameof(Teacher.OffersMentoring), (bool offers) => Visibilities.OfMentor(offers)),
                _ => null,
            };
            if (decision is { } d) pending.Add(new PendingChange(TypeOf(entry.Entity), (string)entry.Property("Id").CurrentValue!, d));
        }
        return pending;
    }

    /// <summary>Change records for <paramref name="pending"/>, reading the feed when a decision depends on it.</summary>
    public static async Task<IReadOnlyList<ChangeRecord>> ResolveAsync(
        NodeDbContext db, IReadOnlyList<PendingChange> pending, DateTime now, CancellationToken cancellationToken)
    {
        var keys = KeysToLookUp(pending);
        var latest = keys.Count == 0 ? [] : await LatestOperations(db, keys).ToListAsync(cancellationToken);
        return Build(pending, latest, now);
    }

    /// <summary>The synchronous twin of <see cref="ResolveAsync"/>, for <c>SaveChanges()</c>.</summary>
    public static IReadOnlyList<ChangeRecord> Resolve(NodeDbContext db, IReadOnlyList<PendingChange> pending, DateTime now)
    {
        var keys = KeysToLookUp(pending);
        var latest = keys.Count == 0 ? [] : LatestOperations(db, keys).ToList();
        return Build(pending, latest, now);
    }

    /// <summary>The latest record of every entity whose key is in <paramref name="keys"/>.</summary>
    public static IQueryable<LatestChange> LatestOperations(NodeDbContext db, IReadOnlyCollection<string> keys)
    {
        var list = keys.ToList();
        return db.ChangeRecords.AsNoTracking()
            .Where(c => list.Contains(c.EntityKey)
                && !db.ChangeRecords.Any(d => d.EntityType == c.EntityType && d.EntityKey == c.EntityKey && d.Sequence > c.Sequence))
            .Select(c => new LatestChange(c.EntityType, c.EntityKey, c.Operation));
    }

    // A record's publicity comes from one property. Its original value is trusted only when the tracker saw it change;
    // an entity attached as modified (Update on a detached copy) has no real original, so the feed decides.
    private static PendingDecision? Decide<T>(EntityEntry entry, string property, Func<T, Visibility> visibility)
    {
        var value = entry.Property(property);
        if (entry.State == EntityState.Deleted)
            return visibility((T)value.OriginalValue!) == Visibility.Public ? PendingDecision.Delete : PendingDecision.DeleteIfPublic;

        var now = visibility((T)value.CurrentValue!);
        if (now == Visibility.Public) return PendingDecision.Upsert;
        if (entry.State == EntityState.Added) return now == Visibility.Withdrawn ? PendingDecision.DeleteUnlessTombstoned : null;
        if (!value.IsModified) return null;

        if (!Equals(value.OriginalValue, value.CurrentValue))
        {
            if (visibility((T)value.OriginalValue!) == Visibility.Public) return PendingDecision.Delete;
            return now == Visibility.Withdrawn ? PendingDecision.DeleteUnlessTombstoned : null;
        }
        return now == Visibility.Withdrawn ? PendingDecision.DeleteUnlessTombstoned : PendingDecision.DeleteIfPublic;
    }

    private static ChangeEntityType TypeOf(object entity) => entity switch
    {
        School => ChangeEntityType.School,
        Exhibition => ChangeEntityType.Exhibition,
        _ => ChangeEntityType.Mentor,
    };

    private static List<string> KeysToLookUp(IReadOnlyList<PendingChange> pending) =>
        pending.Where(p => p.NeedsFeed).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();

    private static List<ChangeRecord> Build(IReadOnlyList<PendingChange> pending, IReadOnlyList<LatestChange> latest, DateTime now)
    {
        var known = latest.ToDictionary(l => (l.Type, l.Key), l => l.Operation);
        var records = new List<ChangeRecord>(pending.Count);
        foreach (var change in pending)
        {
            ChangeOperation? last = known.TryGetValue((change.Type, change.Key), out var op) ? op : null;
            ChangeOperation? operation = change.Decision switch
            {
                PendingDecision.Upsert => ChangeOperation.Upsert,
                PendingDecision.Delete => ChangeOperation.Delete,
                PendingDecision.DeleteIfPublic => last == ChangeOperation.Upsert ? ChangeOperation.Delete : null,
                _ => last == ChangeOperation.Delete ? null : ChangeOperation.Delete,
            };
            if (operation is { } o)
                records.Add(new ChangeRecord { EntityType = change.Type, EntityKey = change.Key, Operation = o, ChangedAt = now });
        }
        return records;
    }
}
