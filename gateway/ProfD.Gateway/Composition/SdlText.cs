using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace ProfD.Gateway.Composition;

/// <summary>Small pieces of SDL and document text: types, values and descriptions printed from the parser's AST.</summary>
internal static class SdlText
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Print(ASTNode node)
    {
        using var writer = new StringWriter();
        new SDLPrinter().PrintAsync(node, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    public static string TypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeOf(nonNull.Type) + "!",
        GraphQLListType list => "[" + TypeOf(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };

    public static string NamedTypeOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedTypeOf(nonNull.Type),
        GraphQLListType list => NamedTypeOf(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };

    /// <summary>A GraphQL string literal; JSON's escapes are GraphQL's.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);

    public static string? DescriptionOf(GraphQLDescription? description) => description?.Value.ToString();
}
