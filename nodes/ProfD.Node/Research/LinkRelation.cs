namespace ProfD.Node.Research;

internal enum LinkRelation
{
    BuildsOn,
    Replicates,
    Extends,
    Challenges,
}
