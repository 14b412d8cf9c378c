namespace ProfD.Node.Changes;

/// <summary>
/// One entry of the change feed, written in the same transaction as the change it records (see
/// <see cref="ChangeFeedRecorder"/>). Never updated or deleted: deletions and withdrawals are tombstones.
/// </summary>
internal sealed class ChangeRecord
{
    /// <summary>Assigned by the database, increasing in commit order; the feed's cursor.</summary>
    public long Sequence { get; set; }
    public ChangeEntityType EntityType { get; set; }
    /// <summary>The local key of the school, exhibition or teacher.</summary>
    public required string EntityKey { get; set; }
    public ChangeOperation Operation { get; set; }
    public DateTime ChangedAt { get; set; }
}
