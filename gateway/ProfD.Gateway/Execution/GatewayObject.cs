using System.Text.Json;
using ProfD.Gateway.Composition;

namespace ProfD.Gateway.Execution;

/// <summary>
/// An object in the answer: the fields one subgraph returned (by response key), plus those fetched from other
/// subgraphs as the gateway completes it. Knows who produced it, so the gateway knows what to fetch elsewhere.
/// </summary>
internal sealed class GatewayObject(Owner producer, string? institution)
{
    /// <summary>What every alias the gateway adds to a subquery starts with.</summary>
    public const string PrivatePrefix = "_gw";

    /// <summary>The alias under which every subquery asks for <c>__typename</c>.</summary>
    public const string TypeKey = "_gwType";

    /// <summary>The alias under which every subquery asks for an entity's <c>id</c>.</summary>
    public const string IdKey = "_gwId";

    /// <summary>The alias prefix under which a subquery asks for the ID a reference field names (<c>_gwRef_mentor: mentorId</c>).</summary>
    public const string ReferencePrefix = "_gwRef_";

    public Owner Producer { get; } = producer;

    /// <summary>Only a type and an ID so far: every field comes from the subgraph that owns it, at the ID's home.</summary>
    public bool Reference { get; init; }

    /// <summary>The node that answered, for objects from institution nodes.</summary>
    public string? Institution { get; } = institution;

    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Built by the gateway (a merged connection, an edge), keyed by field name rather than response key.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Where it sits in the answer, once it is being completed: where a subgraph's error about it belongs.</summary>
    public IReadOnlyList<object>? Path { get; set; }

    /// <summary>Completing it failed (its home node is down, or does not know it): it answers as null.</summary>
    public bool Failed { get; set; }

    public string? TypeName => Values.TryGetValue(TypeKey, out var type) ? type as string : null;

    public string? Id => Values.TryGetValue(IdKey, out var id) ? id as string : null;

    public bool TryGet(string responseKey, string fieldName, out object? value) =>
        Values.TryGetValue(responseKey, out value) || (Synthetic && Values.TryGetValue(fieldName, out value));

    /// <summary>Turns a subgraph's JSON into answer values: objects become <see cref="GatewayObject"/>s of <paramref name="producer"/>.</summary>
    public static object? FromJson(JsonElement json, Owner producer, string? institution) => json.ValueKind switch
    {
        JsonValueKind.Object => ObjectFromJson(json, producer, institution),
        JsonValueKind.Array => json.EnumerateArray().Select(e => FromJson(e, producer, institution)).ToList(),
        JsonValueKind.String => json.GetString(),
        // Each branch boxed on its own: a conditional expression would promote every number to double.
        JsonValueKind.Number => json.TryGetInt32(out var i) ? (object)i : json.TryGetInt64(out var l) ? (object)l : (object)json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static GatewayObject ObjectFromJson(JsonElement json, Owner producer, string? institution)
    {
        var result = new GatewayObject(producer, institution);
        foreach (var property in json.EnumerateObject()) result.Values[property.Name] = FromJson(property.Value, producer, institution);
        return result;
    }
}
