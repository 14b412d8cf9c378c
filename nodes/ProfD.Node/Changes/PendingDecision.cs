namespace ProfD.Node.Changes;

/// <summary>How a pending change becomes a record; see <see cref="PendingChange"/>.</summary>
internal enum PendingDecision
{
    /// <summary>The record is public now.</summary>
    Upsert,

    /// <summary>The record was public and no longer is.</summary>
    Delete,

    /// <summary>A tombstone only if the feed's latest record says the record is public.</summary>
    DeleteIfPublic,

    /// <summary>A tombstone unless the feed's latest record already is one (a withdrawn exhibition).</summary>
    DeleteUnlessTombstoned,
}
