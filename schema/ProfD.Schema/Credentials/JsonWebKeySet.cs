using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfD.Schema.Credentials;

/// <summary>
/// A JSON Web Key Set (RFC 7517 section 5): the public keys a node publishes at <c>/.well-known/jwks.json</c>, all a
/// verifier needs to check the node's credentials offline.
/// </summary>
public sealed record JsonWebKeySet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The keys, the one that signs new credentials first.</summary>
    [JsonPropertyName("keys")]
    public IReadOnlyList<JsonWebKey> Keys { get; init; } = [];

    /// <summary>The key with ID <paramref name="keyId"/>, or null.</summary>
    public JsonWebKey? Find(string? keyId) => keyId is null ? null : Keys.FirstOrDefault(k => k.KeyId == keyId);

    /// <summary>The set as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a key set; keys of other types are kept but never match a signature.</summary>
    /// <exception cref="JsonException">The text is not a key set.</exception>
    public static JsonWebKeySet Parse(string json)
    {
        var set = JsonSerializer.Deserialize<JsonWebKeySet>(json, Json) ?? throw new JsonException("A JWKS is a JSON object with 'keys'.");
        return set;
    }
}
