using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ProfD.Schema.Credentials;

namespace ProfD.Schema.Tests.Credentials;

/// <summary><see cref="CredentialSigner"/> and <see cref="CredentialVerifier"/>: what one signs, the other accepts, and nothing else.</summary>
public sealed class CredentialSignatureTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public void Dispose()
    {
        key.Dispose();
        other.Dispose();
    }

    private JsonWebKeySet Keys => new() { Keys = [JsonWebKey.FromKey(key)] };

    private string Kid => JsonWebKey.FromKey(key).KeyId;

    [Fact]
    public void A_signed_credential_verifies_and_says_what_it_claims()
    {
        var signed = Sign();

        var check = CredentialVerifier.Verify(signed.ToJsonString(), Keys);

        Assert.True(check.IsValid, check.Reason);
        Assert.Null(check.Reason);
        Assert.Equal(Kid, check.KeyId);
        Assert.Equal("uclioe:Award:A1", check.CredentialId);
        Assert.Equal("uclioe:Institution:uclioe", check.IssuerId);
        Assert.Equal("Amira Haddad", check.SubjectName);
        Assert.Equal("Prof.D", check.AchievementName);
    }

    [Fact]
    public void The_proof_is_a_detached_es256_jws_over_the_canonical_credential()
    {
        var proof = Sign()["proof"]!.AsObject();
        var parts = ((string)proof["jws"]!).Split('.');
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!;

        Assert.Equal(CredentialProof.Type, (string?)proof["type"]);
        Assert.Equal("2030-01-02T03:04:05Z", (string?)proof["created"]);
        Assert.Equal($"uclioe:Institution:uclioe#{Kid}", (string?)proof["verificationMethod"]);
        Assert.Empty(parts[1]);
        Assert.Equal(64, Base64Url.DecodeFromChars(parts[2]).Length);
        Assert.Equal("ES256", (string?)header["alg"]);
        Assert.False((bool)header["b64"]!);
        Assert.Equal(Kid, (string?)header["kid"]);
    }

    [Fact]
    public void Reformatting_or_reordering_the_json_does_not_break_the_signature()
    {
        var signed = Sign();
        var reordered = new JsonObject();
        foreach (var (name, value) in signed.Reverse()) reordered[name] = value?.DeepClone();

        Assert.True(CredentialVerifier.Verify(reordered.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), Keys).IsValid);
    }

    [Theory]
    [InlineData("credentialSubject.name", "Amira Hadad")]
    [InlineData("issuer.name", "Another University")]
    [InlineData("issuanceDate", "2020-01-01T00:00:00Z")]
    [InlineData("proof.created", "2031-01-01T00:00:00Z")]
    [InlineData("evidence", "none")]
    public void A_tampered_credential_fails(string path, string value)
    {
        var signed = Sign();
        var parts = path.Split('.');
        var target = parts.Length == 1 ? signed : signed[parts[0]]!.AsObject();
        target[parts[^1]] = value;

        var check = CredentialVerifier.Verify(signed.ToJsonString(), Keys);

        Assert.False(check.IsValid);
        Assert.Contains("signature does not match", check.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credential_signed_with_a_key_outside_the_set_fails()
    {
        var signed = CredentialSigner.Sign(Credential(), other, JsonWebKey.FromKey(other).KeyId, "uclioe:Institution:uclioe#" + JsonWebKey.FromKey(other).KeyId, Created);

        var check = CredentialVerifier.Verify(signed.ToJsonString(), Keys);

        Assert.False(check.IsValid);
        Assert.Contains("does not contain", check.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_by_another_key_under_this_key_id_fails()
    {
        var forged = CredentialSigner.Sign(Credential(), other, Kid, $"uclioe:Institution:uclioe#{Kid}", Created);

        Assert.False(CredentialVerifier.Verify(forged.ToJsonString(), Keys).IsValid);
    }

    [Theory]
    [InlineData("not json", "not a JSON object")]
    [InlineData("[1]", "not a JSON object")]
    [InlineData("{\"id\":\"x\"}", "no proof")]
    [InlineData("{\"proof\":{\"type\":\"Ed25519Signature2020\"}}", "this verifier checks")]
    [InlineData("{\"proof\":{\"type\":\"JcsDetachedJwsSignature2026\",\"jws\":\"abc.def.ghi\"}}", "not a detached JWS")]
    public void Malformed_credentials_are_invalid_with_a_reason(string credential, string reason)
    {
        var check = CredentialVerifier.Verify(credential, Keys);

        Assert.False(check.IsValid);
        Assert.Contains(reason, check.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_with_another_algorithm_is_refused()
    {
        var signed = Sign();
        var header = Base64Url.EncodeToString(CanonicalJson.Serialize(new JsonObject { ["alg"] = "none", ["kid"] = Kid }));
        var jws = ((string)signed["proof"]!["jws"]!).Split('.');
        signed["proof"]!["jws"] = $"{header}..{jws[2]}";

        var check = CredentialVerifier.Verify(signed.ToJsonString(), Keys);

        Assert.False(check.IsValid);
        Assert.Contains("alg ES256", check.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_set_round_trips_through_json_and_keys_are_found_by_id()
    {
        var set = JsonWebKeySet.Parse(Keys.ToJson());

        var jwk = Assert.Single(set.Keys);
        Assert.Equal(Kid, jwk.KeyId);
        Assert.Equal(JsonWebKey.Thumbprint(jwk.X, jwk.Y), jwk.KeyId);
        Assert.True(jwk.IsUsableForES256);
        Assert.Same(jwk, set.Find(Kid));
        Assert.Null(set.Find("missing"));
        Assert.Contains("\"kty\":\"EC\"", Keys.ToJson(), StringComparison.Ordinal);
    }

    private JsonObject Sign() => CredentialSigner.Sign(Credential(), key, Kid, $"uclioe:Institution:uclioe#{Kid}", Created);

    private static JsonObject Credential() => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
        ["id"] = "uclioe:Award:A1",
        ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
        ["issuer"] = new JsonObject { ["id"] = "uclioe:Institution:uclioe", ["name"] = "UCL Institute of Education" },
        ["issuanceDate"] = "2030-01-02T03:04:05Z",
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = "uclioe:Candidate:K1",
            ["name"] = "Amira Haddad",
            ["achievement"] = new JsonObject { ["name"] = "Prof.D" },
        },
        ["evidence"] = new JsonArray(new JsonObject { ["id"] = "uclioe:Exhibition:E1", ["name"] = "Say it, then write it" }),
    };
}
