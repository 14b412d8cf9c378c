using ProfD.Node.Graph;

namespace ProfD.Node.Graph;

/// <summary>The institution node's GraphQL schema: the contract printed to <c>schema/node.graphql</c>.</summary>
internal sealed class NodeSchema : GraphQL.Types.Schema
{
    public NodeSchema(IServiceProvider services, NodeQuery query, NodeMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "A ProfD institution node: one institution's schools, teachers, cohorts and research.";
    }
}
