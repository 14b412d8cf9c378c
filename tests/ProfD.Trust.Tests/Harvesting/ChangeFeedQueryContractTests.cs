using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using ProfD.Trust.Harvesting;

namespace ProfD.Trust.Tests.Harvesting;

/// <summary>
/// The harvester's one query must be valid against the node contract, schema/node.graphql, so the feed and the
/// harvester cannot drift apart unnoticed.
/// </summary>
public sealed partial class ChangeFeedQueryContractTests
{
    [Fact]
    public async Task The_harvest_query_is_valid_against_schema_node_graphql()
    {
        var errors = await ValidateAsync(ChangeFeedQuery.Text);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_field_the_node_contract_lacks_is_caught()
    {
        var errors = await ValidateAsync(ChangeFeedQuery.Text.Replace("authorName", "authorName favouriteColour", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Contains("favouriteColour", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(string query)
    {
        var schema = GraphQL.Types.Schema.For(WithoutFederation(await File.ReadAllTextAsync(NodeGraphQLPath())),
            builder => builder.Types.ForAll(type => type.IsTypeOfFunc = _ => true));
        schema.Initialize();
        var document = Parser.Parse(query);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            RequestServices = null!,
            User = null!,
        });
        return [.. result.Errors.Select(e => e.Message)];
    }

    // A subgraph SDL uses federation directives it does not declare and federation's own types; the harvester selects
    // none of them, so they go before the schema is built.
    private static string WithoutFederation(string sdl)
    {
        var document = Parser.Parse(FederationDirective().Replace(sdl, ""));
        document.Definitions.RemoveAll(d => d is GraphQLTypeDefinition { Name.StringValue: "_Any" or "_Entity" or "_Service" });
        foreach (var type in document.Definitions.OfType<GraphQLObjectTypeDefinition>())
            type.Fields?.Items.RemoveAll(f => f.Name.StringValue.StartsWith('_'));
        var writer = new StringWriter();
        new GraphQLParser.Visitors.SDLPrinter().PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    [GeneratedRegex(@"@(link|key|shareable|external|requires|provides|inaccessible|override|tag)(\([^)]*\))?")]
    private static partial Regex FederationDirective();

    private static string NodeGraphQLPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProfD.sln"))) return Path.Combine(dir.FullName, "schema", "node.graphql");
        }
        throw new InvalidOperationException("ProfD.sln not found above the test directory.");
    }
}
