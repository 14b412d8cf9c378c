using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ProfD.Schema.Credentials;

/// <summary>
/// A public elliptic-curve key in JSON Web Key form (RFC 7517), as a node publishes it in its key set. Only P-256 keys
/// for ES256 signatures are made and understood here.
/// </summary>
public sealed record JsonWebKey
{
    /// <summary>The key type: <c>EC</c>.</summary>
    [JsonPropertyName("kty")]
    public string KeyType { get; init; } = "EC";

    /// <summary>The curve: <c>P-256</c>.</summary>
    [JsonPropertyName("crv")]
    public string Curve { get; init; } = "P-256";

    /// <summary>The x coordinate, base64url.</summary>
    [JsonPropertyName("x")]
    public string X { get; init; } = "";

    /// <summary>The y coordinate, base64url.</summary>
    [JsonPropertyName("y")]
    public string Y { get; init; } = "";

    /// <summary>The key ID: the key's RFC 7638 thumbprint.</summary>
    [JsonPropertyName("kid")]
    public string KeyId { get; init; } = "";

    /// <summary>What the key is for: <c>sig</c>.</summary>
    [JsonPropertyName("use")]
    public string Use { get; init; } = "sig";

    /// <summary>The algorithm: <c>ES256</c>.</summary>
    [JsonPropertyName("alg")]
    public string Algorithm { get; init; } = CredentialProof.Algorithm;

    /// <summary>The public half of <paramref name="key"/>, a P-256 key, with its thumbprint as key ID.</summary>
    /// <exception cref="ArgumentException">The key is not on P-256.</exception>
    public static JsonWebKey FromKey(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            throw new ArgumentException("Credentials are signed with P-256 keys only.", nameof(key));
        var x = Base64Url.EncodeToString(parameters.Q.X);
        var y = Base64Url.EncodeToString(parameters.Q.Y);
        return new JsonWebKey { X = x, Y = y, KeyId = Thumbprint(x, y) };
    }

    /// <summary>The RFC 7638 thumbprint of a P-256 public key: base64url(SHA-256 of its canonical members).</summary>
    public static string Thumbprint(string x, string y)
    {
        var members = new JsonObject { ["crv"] = "P-256", ["kty"] = "EC", ["x"] = x, ["y"] = y };
        return Base64Url.EncodeToString(SHA256.HashData(CanonicalJson.Serialize(members)));
    }

    /// <summary>Whether this is a P-256 key for ES256 whose coordinates decode to 32 bytes each.</summary>
    public bool IsUsableForES256 =>
        KeyType == "EC" && Curve == "P-256" && Algorithm == CredentialProof.Algorithm
        && TryDecode(X, out var x) && x.Length == 32 && TryDecode(Y, out var y) && y.Length == 32;

    /// <summary>An <see cref="ECDsa"/> holding this public key, to verify with; you dispose it.</summary>
    /// <exception cref="CryptographicException">The coordinates are not a point on P-256.</exception>
    public ECDsa ToECDsa()
    {
        if (!IsUsableForES256) throw new CryptographicException($"Key '{KeyId}' is not a P-256 key for ES256.");
        return ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(X), Y = Base64Url.DecodeFromChars(Y) },
        });
    }

    private static bool TryDecode(string? value, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(value)) return false;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
