using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ProfD.Schema.Credentials;

/// <summary>
/// Signs a verifiable credential (any JSON object) with a P-256 key: adds a <c>proof</c> whose <c>jws</c> is a detached
/// ES256 JWS over the canonical JSON (RFC 8785) of the credential including the rest of the proof, so neither the
/// claims nor the proof's date and key can change without breaking the signature. <see cref="CredentialVerifier"/>
/// checks it.
/// </summary>
public static class CredentialSigner
{
    /// <summary>A signed copy of <paramref name="credential"/> (any proof it had is replaced).</summary>
    /// <param name="credential">The unsigned credential.</param>
    /// <param name="key">A P-256 private key.</param>
    /// <param name="keyId">The key's ID in the issuer's key set (see <see cref="JsonWebKey.KeyId"/>).</param>
    /// <param name="verificationMethod">Where a verifier finds the key, for example <c>{issuer}#{keyId}</c>.</param>
    /// <param name="created">When the proof is made.</param>
    public static JsonObject Sign(JsonObject credential, ECDsa key, string keyId, string verificationMethod, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        var signed = (JsonObject)credential.DeepClone();
        signed.Remove("proof");
        var proof = new JsonObject
        {
            ["type"] = CredentialProof.Type,
            ["created"] = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["verificationMethod"] = verificationMethod,
            ["proofPurpose"] = CredentialProof.Purpose,
        };
        signed["proof"] = proof;

        var header = EncodedHeader(keyId);
        var signature = key.SignData(SigningInput(header, CanonicalJson.Serialize(signed)), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        proof["jws"] = $"{header}..{Base64Url.EncodeToString(signature)}";
        return signed;
    }

    /// <summary>The protected header of a ProfD credential JWS, base64url-encoded.</summary>
    internal static string EncodedHeader(string keyId)
    {
        var header = new JsonObject
        {
            ["alg"] = CredentialProof.Algorithm,
            ["b64"] = false,
            ["crit"] = new JsonArray("b64"),
            ["kid"] = keyId,
        };
        return Base64Url.EncodeToString(CanonicalJson.Serialize(header));
    }

    /// <summary>RFC 7797: the ASCII of the encoded header, a dot, then the payload bytes as they are.</summary>
    internal static byte[] SigningInput(string encodedHeader, byte[] payload)
    {
        var prefix = Encoding.ASCII.GetBytes(encodedHeader + ".");
        var input = new byte[prefix.Length + payload.Length];
        prefix.CopyTo(input, 0);
        payload.CopyTo(input, prefix.Length);
        return input;
    }
}
