using System.Text.Json.Serialization;

namespace ProfD.Cli.Status;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<NodeStatus>))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
