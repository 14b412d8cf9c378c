using GraphQL.Types;
using ProfD.Gateway.Composition;
using ProfD.Gateway.Execution;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.Composition;

/// <summary>
/// schema/gateway.graphql is the public schema: schema/node.graphql and schema/trust.graphql composed. A change to
/// either subgraph's contract that changes the public schema fails here until the file is updated (set
/// PROFD_UPDATE_CONTRACTS=1 and run again), so the change shows in review.
/// </summary>
public sealed class GatewaySchemaContractTests
{
    [Fact]
    public async Task The_composed_schema_matches_schema_gateway_graphql()
    {
        var composed = await ComposeContractsAsync();
        var path = RepositoryFiles.Schema("gateway.graphql");

        if (Environment.GetEnvironmentVariable("PROFD_UPDATE_CONTRACTS") == "1") await File.WriteAllTextAsync(path, composed.Sdl);

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PROFD_UPDATE_CONTRACTS=1.");
        Assert.Equal((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"), composed.Sdl);
    }

    [Fact]
    public async Task The_contracts_compose_without_conflicts_and_keep_the_federation_plumbing_private()
    {
        var composed = await ComposeContractsAsync();

        Assert.Empty(composed.Problems);
        Assert.DoesNotContain("_entities", composed.Sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("_service", composed.Sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@key", composed.Sdl, StringComparison.Ordinal);
        // Entities meet: the node's School has a name, the trust adds its triangle.
        Assert.NotNull(composed.Types["School"].Field("name"));
        Assert.Equal(Owner.Trust, composed.Types["School"].Field("triangle")!.Owner);
        Assert.Equal(Owner.Partition, composed.Types["Exhibition"].Field("title")!.Owner);
    }

    [Theory]
    [InlineData("Query", "school", "ById")]
    [InlineData("Query", "schools", "FanOut")]
    [InlineData("Query", "institution", "Pinned")]
    [InlineData("Query", "triangles", "Trust")]
    [InlineData("Mutation", "createSchool", "Pinned")]
    [InlineData("Mutation", "submitExhibition", "ById")]
    [InlineData("Mutation", "formTriangle", "Trust")]
    public async Task Each_root_field_routes_by_its_kind(string root, string field, string routing)
    {
        var composed = await ComposeContractsAsync();

        Assert.Equal(Enum.Parse<RootRouting>(routing), composed.Routes[(root, field)].Routing);
    }

    [Fact]
    public async Task The_composed_schema_builds_into_an_executable_schema_with_the_gateway_arguments()
    {
        var schema = GatewaySchemaBuilder.Build(await ComposeContractsAsync());

        var schools = schema.Query.GetField("schools")!;
        Assert.NotNull(schools.Arguments?.Find("institutions"));
        Assert.NotNull(schema.Query.GetField("institution")!.Arguments?.Find("node"));
        Assert.Null(schema.Query.GetField("school")!.Arguments?.Find("node"));
        Assert.IsType<PassThroughScalarGraphType>(schema.AllTypes["DateTime"]);
        Assert.IsType<EnumerationGraphType>(schema.AllTypes["Economy"]);
    }

    internal static async Task<ComposedSchema> ComposeContractsAsync() => SchemaComposer.Compose(
        SubgraphSchema.Parse("node", await File.ReadAllTextAsync(RepositoryFiles.Schema("node.graphql"))),
        SubgraphSchema.Parse("trust", await File.ReadAllTextAsync(RepositoryFiles.Schema("trust.graphql"))));
}
