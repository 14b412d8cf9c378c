namespace ProfD.Node.Changes;

/// <summary>Whether a record is part of what the node shows the public (and so of the change feed).</summary>
internal enum Visibility
{
    /// <summary>Not public, and never shown: a draft, a teacher who does not mentor.</summary>
    Hidden,

    /// <summary>Public: every school, a published exhibition, a mentor's profile.</summary>
    Public,

    /// <summary>Public once and taken back (a withdrawn exhibition): the feed keeps a tombstone.</summary>
    Withdrawn,
}
