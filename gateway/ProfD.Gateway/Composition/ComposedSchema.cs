using GraphQLParser.AST;

namespace ProfD.Gateway.Composition;

/// <summary>The public schema and what the gateway needs to answer it: who owns each field, how root fields route.</summary>
internal sealed class ComposedSchema(
    string sdl,
    GraphQLDocument document,
    IReadOnlyDictionary<string, ComposedType> types,
    SubgraphSchema partition,
    SubgraphSchema trust,
    IReadOnlyDictionary<(string Type, string Field), RootRoute> routes,
    IReadOnlyList<string> problems)
{
    /// <summary>The public SDL, as <c>schema/gateway.graphql</c> keeps it.</summary>
    public string Sdl { get; } = sdl;

    public GraphQLDocument Document { get; } = document;

    public IReadOnlyDictionary<string, ComposedType> Types { get; } = types;

    public SubgraphSchema Partition { get; } = partition;

    public SubgraphSchema Trust { get; } = trust;

    public IReadOnlyDictionary<(string Type, string Field), RootRoute> Routes { get; } = routes;

    /// <summary>The subqueries planned on this schema; a new composition starts with none.</summary>
    public Execution.PlanCache Plans { get; } = new();

    /// <summary>The documents validated against this schema; a new composition starts with none.</summary>
    public Execution.ValidatedDocumentCache Documents { get; } = new();

    /// <summary>Conflicts found while composing, each naming the subgraph and the type; the schema was composed anyway.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    public SubgraphSchema SubgraphOf(Owner owner) => owner == Owner.Trust ? Trust : Partition;

    /// <summary>The subgraph that answers <paramref name="field"/> on <paramref name="type"/>: the nodes if they have it, else the trust.</summary>
    public Owner? AnyOwnerOf(string type, string field) =>
        Partition.HasField(type, field) ? Owner.Partition : Trust.HasField(type, field) ? Owner.Trust : null;

    /// <summary>Whether <paramref name="type"/> is one of the trust's own entities that composition made a <c>Node</c>.</summary>
    public bool IsTrustNode(string type) =>
        !Partition.HasType(type) && Types.TryGetValue(type, out var composed) && composed.Interfaces.Contains(NodeInterface);

    public const string NodeInterface = "Node";

    /// <summary>The other subgraph that can answer <paramref name="field"/> on <paramref name="type"/>, if any.</summary>
    public Owner? OwnerOf(string type, string field, Owner except)
    {
        var other = except == Owner.Trust ? Owner.Partition : Owner.Trust;
        return SubgraphOf(other).HasField(type, field) ? other : null;
    }
}
