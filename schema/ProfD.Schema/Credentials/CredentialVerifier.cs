using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfD.Schema.Credentials;

/// <summary>
/// Checks a credential signed by <see cref="CredentialSigner"/> against an issuer's published keys, offline: all it needs
/// is the credential and the issuer's <see cref="JsonWebKeySet"/>. It says whether the credential is authentic and
/// unchanged; whether the issuer has since revoked it is for the issuer to say.
/// </summary>
public static class CredentialVerifier
{
    /// <summary>Checks <paramref name="credential"/> (its JSON text) against <paramref name="keys"/>.</summary>
    public static CredentialCheck Verify(string credential, JsonWebKeySet keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        JsonObject? document;
        try
        {
            document = JsonNode.Parse(credential ?? "") as JsonObject;
        }
        catch (JsonException)
        {
            document = null;
        }
        if (document is null) return new CredentialCheck(false, "The credential is not a JSON object.");

        var claims = Claims(document);
        if (document["proof"] is not JsonObject proof)
            return claims with { Reason = "The credential carries no proof." };
        if (Text(proof["type"]) != CredentialProof.Type)
            return claims with { Reason = $"The proof is of type '{Text(proof["type"])}'; this verifier checks '{CredentialProof.Type}'." };
        var jws = Text(proof["jws"]);
        var parts = jws?.Split('.');
        if (parts is not { Length: 3 } || parts[1].Length != 0)
            return claims with { Reason = "The proof's jws is not a detached JWS (header..signature)." };

        var header = Header(parts[0]);
        var keyId = header is null ? null : Text(header["kid"]);
        claims = claims with { KeyId = keyId };
        if (header is null || Text(header["alg"]) != CredentialProof.Algorithm || header["b64"]?.GetValueKind() != JsonValueKind.False
            || header["crit"] is not JsonArray crit || !crit.Any(c => Text(c) == "b64"))
            return claims with { Reason = $"The JWS header must say alg {CredentialProof.Algorithm}, b64 false and crit [\"b64\"]." };
        if (keyId is null) return claims with { Reason = "The JWS header names no key (kid)." };
        var method = Text(proof["verificationMethod"]);
        if (method is null || !method.EndsWith("#" + keyId, StringComparison.Ordinal))
            return claims with { Reason = $"The proof's verificationMethod '{method}' does not name the signing key '{keyId}'." };
        var key = keys.Find(keyId);
        if (key is null) return claims with { Reason = $"The credential was signed with key '{keyId}', which the issuer's key set does not contain." };
        if (!key.IsUsableForES256) return claims with { Reason = $"Key '{keyId}' is not a P-256 key for ES256." };

        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return claims with { Reason = "The JWS signature is not base64url." };
        }

        // The signature covers the whole credential, proof included, without the jws itself.
        var signed = (JsonObject)document.DeepClone();
        ((JsonObject)signed["proof"]!).Remove("jws");
        byte[] payload;
        try
        {
            payload = CanonicalJson.Serialize(signed);
        }
        catch (ArgumentException ex)
        {
            return claims with { Reason = ex.Message };
        }
        try
        {
            using var ecdsa = key.ToECDsa();
            var ok = ecdsa.VerifyData(CredentialSigner.SigningInput(parts[0], payload), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            return ok
                ? claims with { IsValid = true, Reason = null }
                : claims with { Reason = "The signature does not match: the credential has been changed or was not signed with this key." };
        }
        catch (CryptographicException ex)
        {
            return claims with { Reason = $"The key '{keyId}' cannot verify: {ex.Message}" };
        }
    }

    private static CredentialCheck Claims(JsonObject document)
    {
        var subject = document["credentialSubject"] as JsonObject;
        var issuer = document["issuer"];
        return new CredentialCheck(
            IsValid: false,
            Reason: null,
            CredentialId: Text(document["id"]),
            IssuerId: issuer is JsonObject o ? Text(o["id"]) : Text(issuer),
            SubjectId: subject is null ? null : Text(subject["id"]),
            SubjectName: subject is null ? null : Text(subject["name"]),
            AchievementName: subject?["achievement"] is JsonObject achievement ? Text(achievement["name"]) : null);
    }

    private static JsonObject? Header(string encoded)
    {
        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(encoded)) as JsonObject;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
