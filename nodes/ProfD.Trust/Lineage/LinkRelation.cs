namespace ProfD.Trust.Lineage;

/// <summary>How a work relates to the earlier work it names; the same values as the node's <c>LinkRelation</c>.</summary>
internal enum LinkRelation
{
    BuildsOn,
    Replicates,
    Extends,
    Challenges,
}
