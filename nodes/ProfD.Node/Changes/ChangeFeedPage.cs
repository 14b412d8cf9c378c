namespace ProfD.Node.Changes;

/// <summary>One page of the change feed, in sequence order.</summary>
/// <param name="Changes">The changes after the requested cursor, oldest first.</param>
/// <param name="EndCursor">The cursor to resume after: the last change's, or the one asked with when there is none.</param>
/// <param name="HasMore">Whether more changes follow this page.</param>
internal sealed record ChangeFeedPage(IReadOnlyList<ChangeRecord> Changes, string? EndCursor, bool HasMore);
