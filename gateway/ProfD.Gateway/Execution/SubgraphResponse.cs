using System.Text.Json;

namespace ProfD.Gateway.Execution;

/// <summary>What a subgraph answered: its <c>data</c> (undefined when absent) and its <c>errors</c>.</summary>
internal sealed record SubgraphResponse(JsonElement Data, IReadOnlyList<JsonElement> Errors);
