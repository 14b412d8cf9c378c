namespace ProfD.Node.Changes;

/// <summary>What happened to a public record.</summary>
internal enum ChangeOperation
{
    /// <summary>The record became public or changed while public: fetch its current state.</summary>
    Upsert,

    /// <summary>The record stopped being public (deleted, withdrawn, no longer mentoring): a tombstone, kept forever.</summary>
    Delete,
}
