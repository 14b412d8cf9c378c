using GraphQLParser;
using GraphQLParser.AST;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Contract;

/// <summary>
/// schema/trust.graphql is the trust's contract. A change to the served schema fails here until the file is updated
/// (run with PROFD_UPDATE_CONTRACTS=1), so every change shows in review.
/// </summary>
public sealed class TrustSchemaContractTests
{
    [Fact]
    public async Task Served_subgraph_sdl_matches_schema_trust_graphql()
    {
        await using var trust = await TrustHost.StartAsync();
        var served = (await trust.QueryAsync("{ _service { sdl } }")).GetProperty("_service").GetProperty("sdl").GetString()!;
        var path = PathOf("trust.graphql");

        if (Environment.GetEnvironmentVariable("PROFD_UPDATE_CONTRACTS") == "1")
            await File.WriteAllTextAsync(path, Normalize(served));

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PROFD_UPDATE_CONTRACTS=1.");
        Assert.Equal(Normalize(await File.ReadAllTextAsync(path)), Normalize(served));
    }

    [Fact]
    public async Task Institution_is_declared_as_the_node_declares_it_so_the_gateway_can_compose_both()
    {
        await using var trust = await TrustHost.StartAsync();
        var trustSdl = (await trust.QueryAsync("{ _service { sdl } }")).GetProperty("_service").GetProperty("sdl").GetString()!;
        var nodeSdl = await File.ReadAllTextAsync(PathOf("node.graphql"));

        var ours = Types(trustSdl);
        var theirs = Types(nodeSdl);
        foreach (var field in new[] { "code", "name", "nation" })
        {
            Assert.Equal(Signature(theirs["Institution"], field), Signature(ours["Institution"], field));
            Assert.Contains("shareable", Directives(ours["Institution"], field));
        }
        foreach (var entity in new[] { "Institution", "School", "Teacher", "Exhibition", "Triangle", "MentorAccreditation", "Provocation" })
            Assert.True(ours[entity].Directives?.Items.Any(d => d.Name.Value.Span.SequenceEqual("key")), $"{entity} has no @key");

        // Root fields must not collide with the node's, or the gateway could not compose the two.
        var nodeRoots = theirs["Query"].Fields!.Items.Select(f => f.Name.StringValue).Where(n => !n.StartsWith('_'));
        var trustRoots = ours["Query"].Fields!.Items.Select(f => f.Name.StringValue).ToHashSet();
        Assert.Equal([], nodeRoots.Where(trustRoots.Contains).ToArray());
    }

    private static Dictionary<string, GraphQLObjectTypeDefinition> Types(string sdl) =>
        Parser.Parse(sdl).Definitions.OfType<GraphQLObjectTypeDefinition>().ToDictionary(t => t.Name.StringValue);

    private static string Signature(GraphQLObjectTypeDefinition type, string field)
    {
        var definition = type.Fields!.Items.Single(f => f.Name.StringValue == field);
        return definition.Type is GraphQLNonNullType { Type: GraphQLNamedType named } ? named.Name.StringValue + "!" : definition.Type.ToString()!;
    }

    private static IEnumerable<string> Directives(GraphQLObjectTypeDefinition type, string field) =>
        type.Fields!.Items.Single(f => f.Name.StringValue == field).Directives?.Items.Select(d => d.Name.StringValue) ?? [];

    private static string PathOf(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProfD.sln"))) return Path.Combine(dir.FullName, "schema", file);
        }
        throw new InvalidOperationException("ProfD.sln not found above the test directory.");
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
}
