using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ProfD.Schema.Contracts;

/// <summary>
/// Whether a served SDL provides all of a contract SDL: every type, every field with the same type and arguments,
/// every input field, every enum value. It may serve more (a newer, additive contract) and still provide it. The trust
/// checks registered nodes with it; the gateway checks each node against the others.
/// </summary>
public static class SdlContract
{
    /// <summary>What <paramref name="servedSdl"/> lacks of <paramref name="contractSdl"/>, one line each; empty when it provides all of it.</summary>
    public static IReadOnlyList<string> MissingFrom(string contractSdl, string servedSdl)
    {
        GraphQLDocument served;
        try
        {
            served = Parser.Parse(servedSdl);
        }
        catch (GraphQLParserException ex)
        {
            return [$"the SDL does not parse: {ex.Description}"];
        }
        var have = Index(served);
        var missing = new List<string>();
        foreach (var (type, members) in Index(Parser.Parse(contractSdl)))
        {
            if (!have.TryGetValue(type, out var theirs))
            {
                missing.Add($"type {type}");
                continue;
            }
            foreach (var (member, signature) in members)
            {
                if (!theirs.TryGetValue(member, out var their)) missing.Add($"{type}.{member}");
                else if (their != signature) missing.Add($"{type}.{member} is {their}, not {signature}");
            }
        }
        return missing;
    }

    private static Dictionary<string, Dictionary<string, string>> Index(GraphQLDocument document)
    {
        var types = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o when !o.Name.StringValue.StartsWith('_'):
                    types[o.Name.StringValue] = Fields(o.Fields);
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    types[i.Name.StringValue] = Fields(i.Fields);
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    types[input.Name.StringValue] = (input.Fields?.Items ?? []).ToDictionary(f => f.Name.StringValue, f => Print(f.Type));
                    break;
                case GraphQLEnumTypeDefinition e:
                    types[e.Name.StringValue] = (e.Values?.Items ?? []).ToDictionary(v => v.Name.StringValue, _ => "value");
                    break;
            }
        }
        return types;
    }

    private static Dictionary<string, string> Fields(GraphQLFieldsDefinition? fields)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields?.Items ?? [])
        {
            if (field.Name.StringValue.StartsWith('_')) continue;
            var arguments = string.Join(", ", (field.Arguments?.Items ?? []).Select(a => $"{a.Name.StringValue}: {Print(a.Type)}"));
            result[field.Name.StringValue] = arguments.Length == 0 ? Print(field.Type) : $"({arguments}) {Print(field.Type)}";
        }
        return result;
    }

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.ToString() ?? "",
    };
}
