using System.Text.Json;

namespace ProfD.Trust.Registry;

/// <summary>Asks a node who it is and which contract it serves: the check behind registration and the health checker.</summary>
internal sealed class NodeProbe(NodeClient client)
{
    /// <summary>What a ProfD node must answer.</summary>
    public const string Query = "{ institution { code schemaVersion } _service { sdl } }";

    /// <summary>Probes <paramref name="endpoint"/>.</summary>
    /// <exception cref="NodeCallException">It does not answer as a ProfD node.</exception>
    public async Task<NodeProbeResult> ProbeAsync(string endpoint, CancellationToken cancellationToken)
    {
        var data = await client.QueryAsync(endpoint, Query, null, cancellationToken);
        if (!data.TryGetProperty("institution", out var institution) || institution.ValueKind != JsonValueKind.Object
            || !institution.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
            throw new NodeCallException($"{endpoint} answered, but not as a ProfD node: it has no institution code.");
        var version = institution.TryGetProperty("schemaVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (!data.TryGetProperty("_service", out var service) || service.ValueKind != JsonValueKind.Object
            || !service.TryGetProperty("sdl", out var sdl) || sdl.ValueKind != JsonValueKind.String)
            throw new NodeCallException($"{endpoint} answered, but not as a ProfD node: it serves no federation SDL.");
        var missing = NodeContract.MissingFrom(sdl.GetString()!);
        return new NodeProbeResult(code.GetString()!, version, missing);
    }
}

/// <summary>What a node said about itself, and what its SDL lacks of the trust's contract.</summary>
internal sealed record NodeProbeResult(string Code, string? SchemaVersion, IReadOnlyList<string> Missing)
{
    public bool Compatible => Missing.Count == 0;

    /// <summary>A line saying what is missing, or null when compatible.</summary>
    public string? Incompatibility => Compatible
        ? null
        : $"lacks {Missing.Count} part(s) of the node contract: {string.Join("; ", Missing.Take(5))}{(Missing.Count > 5 ? "; …" : "")}";
}
