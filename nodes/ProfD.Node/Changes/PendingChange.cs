namespace ProfD.Node.Changes;

/// <summary>
/// What a save means for one public record, before the feed is consulted: <see cref="PendingDecision.Upsert"/> and
/// <see cref="PendingDecision.Delete"/> are certain; the other two depend on the latest record the feed already holds.
/// </summary>
internal readonly record struct PendingChange(ChangeEntityType Type, string Key, PendingDecision Decision)
{
    public bool NeedsFeed => Decision is PendingDecision.DeleteIfPublic or PendingDecision.DeleteUnlessTombstoned;
}
