using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.Identity;

/// <summary>
/// The gateway accepts the hub's access tokens and forwards them; anything else is 401 before a single subrequest.
/// </summary>
[Collection(DemoFederationCollection.Name)]
public sealed class GatewayTokenTests(DemoFederationFixture federation) : IAsyncLifetime
{
    private const string Query = "{ schools(first: 2) { nodes { id name } } }";
    private TestTokenIssuer _hub = null!;
    private TestGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _hub = await TestTokenIssuer.StartAsync();
        _gateway = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?> { ["Gateway:Hub"] = _hub.Issuer });
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_is_forwarded_to_every_node_the_query_touches()
    {
        var token = _hub.PersonToken("uclioe:Teacher:t1", "uclioe");
        federation.ClearLogs();

        var (status, _) = await PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, status);
        var touched = federation.Nodes.Values.SelectMany(n => n.Log.Requests).ToList();
        Assert.Equal(federation.Nodes.Count, touched.Count);
        Assert.All(touched, r => Assert.Equal($"Bearer {token}", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task No_token_is_an_anonymous_caller_not_a_refusal()
    {
        federation.ClearLogs();

        var (status, body) = await PostAsync(token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("data").GetProperty("schools").GetProperty("nodes").GetArrayLength());
        Assert.All(federation.Nodes.Values.SelectMany(n => n.Log.Requests), r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }

    public static TheoryData<string> BadTokens => ["expired", "wrong audience", "wrong issuer", "tampered payload", "unknown key", "not a JWT"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_401_before_any_subrequest(string kind)
    {
        var token = kind switch
        {
            "expired" => _hub.PersonToken("uclioe:Teacher:t1", "uclioe", lifetime: TimeSpan.FromMinutes(-5)),
            "wrong audience" => _hub.PersonToken("uclioe:Teacher:t1", "uclioe", audience: "someone-else"),
            "wrong issuer" => _hub.PersonToken("uclioe:Teacher:t1", "uclioe", issuer: "http://127.0.0.1:1/"),
            "tampered payload" => Tamper(_hub.PersonToken("uclioe:Teacher:t1", "uclioe")),
            "unknown key" => _hub.PersonToken("uclioe:Teacher:t1", "uclioe", signingKey: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "stranger" }),
            _ => "not-a-token",
        };
        federation.ClearLogs();

        var (status, body) = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(federation.Nodes.Values.SelectMany(n => n.Log.Requests));
        Assert.Empty(federation.Trust.Log.Requests);
    }

    [Fact]
    public async Task A_token_of_an_institution_that_left_the_registry_is_refused()
    {
        var token = _hub.PersonToken("gone:Teacher:t1", "gone");
        federation.ClearLogs();

        var (status, body) = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("'gone'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(federation.Nodes.Values.SelectMany(n => n.Log.Requests));
    }

    // Changes one character of the payload: the signature no longer matches what it signs.
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = parts[1].ToCharArray();
        payload[10] = payload[10] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{new string(payload)}.{parts[2]}";
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _gateway.Endpoint) { Content = JsonContent.Create(new { query = Query }) };
        if (token is not null) request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        using var response = await _gateway.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
