namespace ProfD.Gateway.Composition;

/// <summary>Which subgraph answers a field: the trust, or the institution nodes (partitions of one subgraph).</summary>
internal enum Owner
{
    Partition,
    Trust,
}
