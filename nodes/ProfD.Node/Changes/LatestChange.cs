namespace ProfD.Node.Changes;

/// <summary>The latest change record of one entity: what the feed currently says about it.</summary>
internal sealed record LatestChange(ChangeEntityType Type, string Key, ChangeOperation Operation);
