using System.CommandLine.Parsing;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfD.Cli.Login;

/// <summary>
/// The variables of <c>profd query</c>: the <c>--variables</c> JSON object, then each <c>--var name=value</c> over it,
/// where a value is JSON when it parses as JSON (<c>12</c>, <c>true</c>, <c>["a"]</c>) and a string otherwise.
/// </summary>
internal static class QueryVariables
{
    public static JsonObject? Combine(string? json, IReadOnlyList<string> pairs)
    {
        var variables = json is null ? null : (JsonObject?)JsonNode.Parse(json);
        if (pairs.Count == 0) return variables;
        variables ??= [];
        foreach (var pair in pairs)
        {
            var (name, value) = Split(pair)!.Value;
            variables[name] = Value(value);
        }
        return variables;
    }

    public static void Validate(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (Split(token.Value) is null)
                result.AddError($"--var '{token.Value}' must be name=value, such as --var id=uclioe:School:1 or --var first=5.");
        }
    }

    private static (string Name, string Value)? Split(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals <= 0 ? null : (pair[..equals].Trim(), pair[(equals + 1)..]);
    }

    private static JsonNode? Value(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON, so the text itself: IDs and words need no quotes on the command line.
            return JsonValue.Create(text);
        }
    }
}
