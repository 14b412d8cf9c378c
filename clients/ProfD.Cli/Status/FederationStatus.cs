using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Status;

/// <summary>
/// What <c>profd status</c> learns through the gateway: its own <c>/health</c> (the trust and the nodes it routes to)
/// and the trust's registry (each institution's status, its node's last check and its harvest).
/// </summary>
internal sealed record FederationStatus(JsonObject Gateway, IReadOnlyList<NodeStatus> Nodes, IReadOnlyList<string> Errors)
{
    public const string InstitutionsQuery = """
        query Status {
          institutions(first: 100) {
            nodes {
              code name nation endpoint status schemaVersion
              health { reachable compatible schemaVersion lastError }
              harvest { lagSeconds lastError }
            }
          }
        }
        """;

    /// <summary>Asks the gateway; fails only when the gateway itself cannot be reached.</summary>
    public static async Task<FederationStatus> GatherAsync(HttpClient http, GatewayAddress gateway, CancellationToken cancellationToken)
    {
        var health = await HealthAsync(http, gateway.Health, cancellationToken);
        var errors = new List<string>();
        var registry = new List<JsonObject>();
        try
        {
            var answer = await GraphQLCall.PostAsync(http, gateway.GraphQL, InstitutionsQuery, null, cancellationToken);
            if (answer.Errors.Count > 0) errors.Add($"institutions: {answer.ErrorLine}");
            registry.AddRange(answer.Data?["institutions"]?["nodes"] is JsonArray nodes ? nodes.OfType<JsonObject>() : []);
        }
        catch (CliFailure failure)
        {
            // The gateway's own view of the nodes is still worth showing.
            errors.Add($"institutions: {failure.Message}");
        }

        var routed = health["nodes"] is JsonArray list ? list.OfType<JsonObject>().ToDictionary(n => Text(n["code"]) ?? "?") : [];
        var codes = registry.Select(r => Text(r["code"]) ?? "?").Concat(routed.Keys).Distinct().Order(StringComparer.Ordinal);
        var rows = codes.Select(code => Row(code, registry.FirstOrDefault(r => Text(r["code"]) == code), routed.GetValueOrDefault(code))).ToList();
        return new FederationStatus(health, rows, errors);
    }

    public JsonObject ToJson() => new()
    {
        ["gateway"] = new JsonObject
        {
            ["status"] = Gateway["status"]?.DeepClone(),
            ["ready"] = Gateway["ready"]?.DeepClone(),
            ["trust"] = Gateway["trust"]?.DeepClone(),
            ["trustReachable"] = Gateway["trustReachable"]?.DeepClone(),
            ["trustError"] = Gateway["trustError"]?.DeepClone(),
            ["problems"] = Gateway["problems"]?.DeepClone(),
        },
        ["nodes"] = JsonSerializer.SerializeToNode(Nodes, StatusJsonContext.Default.IReadOnlyListNodeStatus),
        ["errors"] = new JsonArray([.. Errors.Select(e => JsonValue.Create(e))]),
    };

    private static NodeStatus Row(string code, JsonObject? registered, JsonObject? routed)
    {
        var health = registered?["health"];
        var harvest = registered?["harvest"];
        return new NodeStatus
        {
            Code = code,
            Name = Text(registered?["name"]),
            Nation = Text(registered?["nation"]),
            Endpoint = Text(registered?["endpoint"]) ?? Text(routed?["endpoint"]),
            Status = Text(registered?["status"]),
            GatewayState = Text(routed?["state"]),
            Reachable = health?["reachable"]?.GetValue<bool>(),
            Compatible = health?["compatible"]?.GetValue<bool>(),
            SchemaVersion = Text(health?["schemaVersion"]) ?? Text(registered?["schemaVersion"]),
            HarvestLagSeconds = harvest?["lagSeconds"]?.GetValue<long>(),
            LastError = Text(routed?["lastError"]) ?? Text(health?["lastError"]) ?? Text(harvest?["lastError"]),
        };
    }

    private static async Task<JsonObject> HealthAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await GraphQLCall.SendAsync(http, request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            if (JsonNode.Parse(body) is JsonObject health && health["nodes"] is JsonArray) return health;
        }
        catch (JsonException)
        {
        }
        throw new CliFailure(ExitCodes.Failure, $"{uri} answered {(int)response.StatusCode}, which is not a ProfD gateway's health.");
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
