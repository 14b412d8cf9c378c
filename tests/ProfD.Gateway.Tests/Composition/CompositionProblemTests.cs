using ProfD.Gateway.Composition;
using ProfD.Schema.Contracts;

namespace ProfD.Gateway.Tests.Composition;

/// <summary>What the gateway says when subgraphs disagree, and which nodes it leaves out.</summary>
public sealed class CompositionProblemTests
{
    private const string Node = """
        type Query { school(id: ID!): School schools(first: Int): SchoolConnection! }
        type School { id: ID! name: String! nation: String! }
        type SchoolConnection { nodes: [School!]! totalCount: Int! }
        """;

    [Fact]
    public void A_field_two_subgraphs_type_differently_is_reported_naming_the_subgraph_and_the_type()
    {
        var trust = SubgraphSchema.Parse("trust", "type Query { triangles: [String!]! } type School { id: ID! name: Int triangle: String }");

        var composed = SchemaComposer.Compose(SubgraphSchema.Parse("node", Node), trust);

        var problem = Assert.Single(composed.Problems);
        Assert.Contains("trust subgraph", problem, StringComparison.Ordinal);
        Assert.Contains("School.name", problem, StringComparison.Ordinal);
        Assert.Equal("String!", composed.Types["School"].Field("name")!.TypeText);
        Assert.Equal(Owner.Trust, composed.Types["School"].Field("triangle")!.Owner);
    }

    [Fact]
    public void An_sdl_that_does_not_parse_is_refused_naming_the_subgraph()
    {
        var error = Assert.Throws<CompositionException>(() => SubgraphSchema.Parse("trust", "type Query {"));

        Assert.StartsWith("The trust subgraph's SDL does not parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_lacking_part_of_the_node_schema_is_incompatible_and_one_serving_more_is_not()
    {
        var lacking = Node.Replace(" nation: String!", "", StringComparison.Ordinal);
        var retyped = Node.Replace("nation: String!", "nation: Int", StringComparison.Ordinal);
        var newer = Node.Replace("nation: String!", "nation: String! city: String", StringComparison.Ordinal);

        // The gateway leaves nodes out with the same check the trust registers them with.
        Assert.Equal(["School.nation"], SdlContract.MissingFrom(Node, lacking));
        Assert.Equal(["School.nation is Int, not String!"], SdlContract.MissingFrom(Node, retyped));
        Assert.Empty(SdlContract.MissingFrom(Node, newer));
    }
}
