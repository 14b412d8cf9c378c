using System.Text.RegularExpressions;

namespace ProfD.Client.Tests.Operations;

/// <summary>
/// The schema the client's operations are checked against: <c>schema/gateway.graphql</c> once the gateway publishes
/// it, until then the node contract <c>schema/node.graphql</c> (the gateway serves the node's fields too).
/// </summary>
internal static partial class PublishedSchema
{
    public static GraphQL.Types.ISchema Load()
    {
        var root = RepositoryRoot();
        var gateway = Path.Combine(root, "schema", "gateway.graphql");
        var sdl = File.ReadAllText(File.Exists(gateway) ? gateway : Path.Combine(root, "schema", "node.graphql"));
        // Only validation runs against this schema, so every object type may claim every value.
        var schema = GraphQL.Types.Schema.For(WithoutFederation(sdl), builder => builder.Types.ForAll(type => type.IsTypeOfFunc = _ => true));
        schema.Initialize();
        return schema;
    }

    // A subgraph SDL carries federation's own parts (directives it does not declare, _Any, _Entity, _service,
    // _entities); none is part of what a client selects, so they are removed before building the schema.
    private static string WithoutFederation(string sdl)
    {
        var document = GraphQLParser.Parser.Parse(FederationDirective().Replace(sdl, ""));
        document.Definitions.RemoveAll(d => d is GraphQLParser.AST.GraphQLTypeDefinition { Name.StringValue: "_Any" or "_Entity" or "_Service" });
        foreach (var type in document.Definitions.OfType<GraphQLParser.AST.GraphQLObjectTypeDefinition>())
            type.Fields?.Items.RemoveAll(f => f.Name.StringValue.StartsWith('_'));
        var writer = new StringWriter();
        new GraphQLParser.Visitors.SDLPrinter().PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    [GeneratedRegex(@"@(link|key|shareable|external|requires|provides|inaccessible|override|tag)(\([^)]*\))?")]
    private static partial Regex FederationDirective();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProfD.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ProfD.sln not found above the test directory.");
    }
}
