using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Credentials;

namespace ProfD.Node.Tests.Credentials;

/// <summary>An award's credential through the API: its shape, its verification, its revocation, and the node's key set.</summary>
public abstract class CredentialApiTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected CredentialApiTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    [Fact]
    public async Task The_credential_is_an_open_badge_naming_candidate_title_institution_and_exhibition()
    {
        var (award, credential) = await AwardAsync();

        var json = JsonNode.Parse(credential)!.AsObject();
        var jwks = JsonWebKeySet.Parse(await Node.CreateClient().GetStringAsync("/.well-known/jwks.json"));

        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], json["type"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(award, (string?)json["id"]);
        Assert.Equal(IdOf("Institution", Institution), (string?)json["issuer"]!["id"]);
        Assert.Equal($"Test institution {Institution}", (string?)json["issuer"]!["name"]);
        Assert.Equal(world.Candidate, (string?)json["credentialSubject"]!["id"]);
        Assert.Equal("Grace Okello", (string?)json["credentialSubject"]!["name"]);
        Assert.Equal("Prof.D", (string?)json["credentialSubject"]!["achievement"]!["name"]);
        Assert.Equal("Say it, then write it", (string?)json["evidence"]![0]!["name"]);
        Assert.StartsWith("2030-01-01T", (string?)json["issuanceDate"], StringComparison.Ordinal);
        Assert.Equal($"{IdOf("Institution", Institution)}#{jwks.Keys[0].KeyId}", (string?)json["proof"]!["verificationMethod"]);
    }

    [Fact]
    public async Task The_key_set_is_published_and_verifies_the_credential_offline()
    {
        var (_, credential) = await AwardAsync();

        var response = await Node.CreateClient().GetAsync("/.well-known/jwks.json");
        var jwks = JsonWebKeySet.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType!.MediaType);
        var key = Assert.Single(jwks.Keys);
        Assert.True(key.IsUsableForES256);
        Assert.DoesNotContain("\"d\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(CredentialVerifier.Verify(credential, jwks).IsValid);
    }

    [Fact]
    public async Task A_tampered_credential_is_invalid()
    {
        var (_, credential) = await AwardAsync();
        var json = JsonNode.Parse(credential)!.AsObject();
        json["credentialSubject"]!["achievement"]!["name"] = "Ph.D";

        var check = await VerifyAsync(json.ToJsonString());

        Assert.Equal("INVALID", check.GetProperty("status").GetString());
        Assert.False(check.GetProperty("valid").GetBoolean());
        Assert.Contains("signature does not match", check.GetProperty("reason").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a credential")]
    [InlineData("{}")]
    public async Task Something_that_is_not_a_signed_credential_is_invalid_with_a_reason(string text)
    {
        var check = await VerifyAsync(text);

        Assert.Equal("INVALID", check.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(check.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_credential_signed_by_another_node_is_invalid_here()
    {
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var kid = JsonWebKey.FromKey(other).KeyId;
        var foreign = CredentialSigner.Sign(new JsonObject { ["id"] = "unimelb:Award:A1" }, other, kid, $"unimelb:Institution:unimelb#{kid}", DateTimeOffset.UnixEpoch);

        var check = await VerifyAsync(foreign.ToJsonString());

        Assert.Equal("INVALID", check.GetProperty("status").GetString());
        Assert.Contains("does not contain", check.GetProperty("reason").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_award_verifies_as_revoked_with_its_reason_and_revoking_twice_is_a_conflict()
    {
        var (award, credential) = await AwardAsync();

        var revoked = (await QueryAsync("mutation($id: ID!) { revokeAward(awardId: $id, reason: \"Data fabricated.\") { revoked revokedAt revocationReason } }", new { id = award }))
            .GetProperty("revokeAward");
        var check = await VerifyAsync(credential);

        Assert.True(revoked.GetProperty("revoked").GetBoolean());
        Assert.Equal("REVOKED", check.GetProperty("status").GetString());
        Assert.False(check.GetProperty("valid").GetBoolean());
        Assert.Contains("Data fabricated.", check.GetProperty("reason").GetString()!, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, check.GetProperty("revokedAt").ValueKind);
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($id: ID!) { revokeAward(awardId: $id, reason: \"Again.\") { id } }", new { id = award })).Code());
        var noReason = await ErrorAsync("mutation($id: ID!) { revokeAward(awardId: $id, reason: \"\") { id } }", new { id = award });
        Assert.Equal("BAD_USER_INPUT", noReason.Code());
        Assert.Equal("NOT_FOUND", (await ErrorAsync("mutation { revokeAward(awardId: \"journey:Award:NOPE\", reason: \"r\") { id } }")).Code());
    }

    private async Task<(string Award, string Credential)> AwardAsync()
    {
        var (exhibition, _) = await new JourneyDriver(QueryAsync, world).AwardedAsync();
        var award = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { award { id credential } } }", new { id = exhibition.Id })).GetProperty("exhibition").GetProperty("award");
        return (award.GetProperty("id").GetString()!, award.GetProperty("credential").GetString()!);
    }

    private async Task<JsonElement> VerifyAsync(string credential) =>
        (await QueryAsync("query($c: String!) { verifyCredential(credential: $c) { status valid reason revokedAt keyId } }", new { c = credential })).GetProperty("verifyCredential");
}

public sealed class SqliteCredentialApiTests() : CredentialApiTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCredentialApiTests(PostgresServer server) : CredentialApiTests(NodeDatabaseEngine.Postgres, server);
