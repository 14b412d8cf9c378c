using System.Text.Json;
using GraphQL;
using ProfD.Schema.Errors;

namespace ProfD.Gateway.Execution;

/// <summary>The errors the gateway adds to an answer: a missing node's part, and each subgraph's own errors re-pathed.</summary>
internal static class GatewayErrors
{
    public static ExecutionError NodeUnavailable(SubgraphUnavailableException ex, IEnumerable<object> path) =>
        Error(ErrorCodes.NodeUnavailable, ex.Message, path, new Dictionary<string, object?> { ["institution"] = ex.Institution });

    public static ExecutionError BadUserInput(string message, IEnumerable<object> path, string? field = null) =>
        Error(ErrorCodes.BadUserInput, message, path, field is null ? [] : new Dictionary<string, object?> { ["field"] = field });

    public static ExecutionError TooManySubrequests(int limit, IEnumerable<object> path) => Error(ErrorCodes.QueryTooComplex,
        $"This query needs more than {limit} requests to nodes; ask for less at once (the gateway's limit is Gateway:MaxSubrequests).", path, []);

    public static ExecutionError NotFound(string message, IEnumerable<object> path) => Error(ErrorCodes.NotFound, message, path, []);

    /// <summary>A subgraph's error, keeping its code and extensions; its path below <paramref name="skip"/> segments is appended to <paramref name="basePath"/>.</summary>
    public static ExecutionError FromSubgraph(JsonElement error, string institution, IEnumerable<object> basePath, int skip)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "The node reported an error.";
        var extensions = new Dictionary<string, object?> { ["institution"] = institution };
        var code = ErrorCodes.Internal;
        if (error.TryGetProperty("extensions", out var ext) && ext.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in ext.EnumerateObject())
            {
                if (property.Name == "code" && property.Value.ValueKind == JsonValueKind.String) code = property.Value.GetString()!;
                else extensions[property.Name] = property.Value.Clone();
            }
        }
        var path = basePath.ToList();
        if (error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            foreach (var segment in p.EnumerateArray().Skip(skip))
            {
                // The gateway's own aliases (_gwId, _gwSort0, …) are not in the caller's answer: the error is the object's.
                if (segment.ValueKind == JsonValueKind.String && segment.GetString()!.StartsWith(GatewayObject.PrivatePrefix, StringComparison.Ordinal)) break;
                path.Add(segment.ValueKind == JsonValueKind.Number ? segment.GetInt32() : segment.GetString()!);
            }
        }
        return Error(code, message, path, extensions);
    }

    private static ExecutionError Error(string code, string message, IEnumerable<object> path, Dictionary<string, object?> extensions)
    {
        var domain = new ProfDException(code, message);
        foreach (var pair in extensions) domain.Extensions[pair.Key] = pair.Value;
        return new ExecutionError(message, domain) { Path = path.ToList() };
    }
}
