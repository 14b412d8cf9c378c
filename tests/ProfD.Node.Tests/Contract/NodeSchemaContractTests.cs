using GraphQLParser;
using GraphQLParser.AST;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Contract;

/// <summary>
/// schema/node.graphql is the node's contract: the subgraph SDL every institution node serves. A change to the
/// served schema fails here until the file is updated (set PROFD_UPDATE_CONTRACTS=1 and run again), so every change
/// to the contract is deliberate and shows in review.
/// </summary>
public sealed class NodeSchemaContractTests
{
    [Fact]
    public async Task Served_subgraph_sdl_matches_schema_node_graphql()
    {
        using var node = new NodeAppFactory();
        var served = (await node.QueryAsync("{ _service { sdl } }")).GetProperty("_service").GetProperty("sdl").GetString()!;
        var path = ContractFiles.PathOf("node.graphql");

        if (Environment.GetEnvironmentVariable("PROFD_UPDATE_CONTRACTS") == "1")
            await File.WriteAllTextAsync(path, ContractFiles.Normalize(served));

        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with PROFD_UPDATE_CONTRACTS=1.");
        var expected = await File.ReadAllTextAsync(path);
        Assert.Equal(ContractFiles.Normalize(expected), ContractFiles.Normalize(served));
    }

    [Fact]
    public async Task Subgraph_sdl_is_a_federation_v2_schema_with_a_key_on_every_entity()
    {
        using var node = new NodeAppFactory();
        var sdl = (await node.QueryAsync("{ _service { sdl } }")).GetProperty("_service").GetProperty("sdl").GetString()!;

        var document = Parser.Parse(sdl);
        var links = document.Definitions.OfType<GraphQLSchemaDefinition>().SelectMany(s => s.Directives?.Items ?? [])
            .Where(d => d.Name.Value == "link")
            .Select(d => sdl[d.Arguments!.Single(a => a.Name.Value == "url").Value.Location.Start..d.Arguments!.Single(a => a.Name.Value == "url").Value.Location.End])
            .ToList();
        Assert.Contains("\"https://specs.apollo.dev/federation/v2.3\"", links);

        string[] entities = ["Institution", "School", "Teacher", "Cohort", "Candidate", "ResearchProject", "Exhibition", "Adjudication", "Award", "Mentorship"];
        var types = document.Definitions.OfType<GraphQLObjectTypeDefinition>().ToDictionary(t => t.Name.Value);
        foreach (var entity in entities)
        {
            Assert.True(types.ContainsKey(entity), $"{entity} is missing from the SDL");
            var key = types[entity].Directives?.Items.SingleOrDefault(d => d.Name.Value == "key");
            Assert.True(key is not null, $"{entity} has no @key");
            Assert.Equal("\"id\"", sdl.Substring(key!.Arguments!.Items[0].Value.Location.Start, key.Arguments.Items[0].Value.Location.End - key.Arguments.Items[0].Value.Location.Start));
        }
    }
}
