namespace ProfD.Trust.Registry;

/// <summary>Where the harvester is in one node's change feed, and how its last attempts went.</summary>
internal sealed class HarvestState
{
    /// <summary>The cursor after the last change applied; null to start from the beginning.</summary>
    public string? Cursor { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    /// <summary>When a harvest of this node last ended without an error.</summary>
    public DateTime? LastSuccessAt { get; set; }
    /// <summary>When the harvester last reached the end of the node's feed: the library holds everything before it.</summary>
    public DateTime? CaughtUpAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    /// <summary>Not before this time, after failures (backoff).</summary>
    public DateTime? NextAttemptAt { get; set; }
    /// <summary>
    /// Set by a re-harvest: once the feed has been read to its end again, what was harvested from this node before
    /// this time and not seen again is removed.
    /// </summary>
    public DateTime? SweepBefore { get; set; }
    /// <summary>Changes applied since the institution registered.</summary>
    public long ChangesApplied { get; set; }
}
