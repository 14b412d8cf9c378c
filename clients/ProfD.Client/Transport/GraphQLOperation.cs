using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using GraphQLParser;
using GraphQLParser.AST;

namespace ProfD.Client.Transport;

/// <summary>
/// A GraphQL operation kept as a <c>.graphql</c> file in this assembly, with the source-generated JSON types of its
/// variables and result. Queries may be retried; mutations never are.
/// </summary>
/// <typeparam name="TVariables">The variables' type.</typeparam>
/// <typeparam name="TData">The result's <c>data</c> type.</typeparam>
public sealed class GraphQLOperation<TVariables, TData>
{
    internal GraphQLOperation(string name, JsonTypeInfo<TVariables> variables, JsonTypeInfo<GraphQLResponseBody<TData>> response)
    {
        Name = name;
        Document = OperationDocuments.Read(name);
        var document = Parser.Parse(Document);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(o => o.Name?.StringValue == name);
        IsQuery = operation.Operation == OperationType.Query;
        Variables = variables;
        Response = response;
    }

    /// <summary>The operation's name, which is also its file's name.</summary>
    public string Name { get; }

    /// <summary>The document sent to the server.</summary>
    public string Document { get; }

    /// <summary>Whether the operation only reads, and so may be retried.</summary>
    public bool IsQuery { get; }

    internal JsonTypeInfo<TVariables> Variables { get; }

    internal JsonTypeInfo<GraphQLResponseBody<TData>> Response { get; }
}

/// <summary>The embedded <c>.graphql</c> files.</summary>
internal static class OperationDocuments
{
    private const string Prefix = "ProfD.Client.Operations.";

    public static IEnumerable<string> Names =>
        typeof(OperationDocuments).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".graphql".Length]);

    public static string Read(string name)
    {
        using var stream = typeof(OperationDocuments).Assembly.GetManifestResourceStream($"{Prefix}{name}.graphql")
            ?? throw new InvalidOperationException($"The operation file Operations/{name}.graphql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
