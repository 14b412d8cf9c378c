using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Trust.Identity;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ProfD.Trust.Tests.Identity;

public sealed class HubTokenTests
{
    [Fact]
    public async Task Discovery_lists_the_hub_endpoints_and_the_signing_key_survives_a_restart()
    {
        var keys = Path.Combine(Path.GetTempPath(), "profd-hub-keys", Guid.NewGuid().ToString("N"));
        try
        {
            string firstKid;
            await using (var trust = await TrustHost.StartAsync(settings: s => s["Trust:Identity:KeysDirectory"] = keys))
            {
                using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));
                var (response, _) = await browser.FollowAsync(".well-known/openid-configuration");
                var discovery = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(browser.Hub, discovery.GetProperty("issuer").GetString());
                Assert.EndsWith("/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
                Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
                Assert.EndsWith("/connect/device", discovery.GetProperty("device_authorization_endpoint").GetString());
                Assert.EndsWith("/connect/userinfo", discovery.GetProperty("userinfo_endpoint").GetString());
                Assert.EndsWith("/connect/endsession", discovery.GetProperty("end_session_endpoint").GetString());
                var scopes = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
                Assert.Contains("profd", scopes);
                Assert.Contains("profd.harvest", scopes);
                firstKid = await KidAsync(browser, discovery);
            }
            await using (var again = await TrustHost.StartAsync(settings: s => s["Trust:Identity:KeysDirectory"] = keys))
            {
                using var browser = new HubBrowser(again.Endpoint.Replace("/graphql", "/"));
                var discovery = await (await browser.FollowAsync(".well-known/openid-configuration")).Response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(firstKid, await KidAsync(browser, discovery));
            }
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(keys, ServiceClientSecrets.HarvesterFileName)));
        }
        finally
        {
            try { Directory.Delete(keys, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task The_harvester_gets_a_token_for_the_nodes_with_its_role_and_scope()
    {
        await using var trust = await TrustHost.StartAsync();
        using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));
        var secret = trust.Services.GetRequiredService<ServiceClientSecrets>().Harvester;

        var (status, body) = await browser.TokenAsync(("grant_type", "client_credentials"), ("client_id", "profd-harvester"), ("client_secret", secret), ("scope", "profd profd.harvest"));

        Assert.Equal(HttpStatusCode.OK, status);
        var token = await browser.ValidateAccessTokenAsync(body.GetProperty("access_token").GetString()!, trust.Clock.GetUtcNow());
        Assert.Equal("profd-harvester", token.Subject);
        Assert.Contains("profd", token.Audiences);
        Assert.Equal("HARVESTER", token.GetClaim("role").Value);
        Assert.Contains("profd.harvest", token.GetClaim("scope").Value.Split(' '));
        Assert.Equal("profd-harvester", token.GetClaim("client_id").Value);
        Assert.Equal(15 * 60, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task A_configured_issuer_names_the_hub_in_tokens_asked_for_on_loopback()
    {
        await using var trust = await TrustHost.StartAsync(settings: s => s["Trust:Identity:Issuer"] = "https://trust.example/");
        await using var node = await FeedNodeServer.StartAsync("feedu");
        await trust.RegisterAsync("feedu", node.Endpoint);

        Assert.True(await trust.Harvester.HarvestAsync("feedu", CancellationToken.None));

        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(node.LastFeedAuthorization!["Bearer ".Length..]);
        Assert.Equal("https://trust.example/", token.Issuer);
    }

    [Fact]
    public async Task The_operator_gets_a_trust_admin_token_that_the_trusts_own_rules_accept()
    {
        // Real rules (no permit-all): before any institution is registered nobody can log in, so the operator registers them.
        await using var trust = await TrustHost.StartAsync(access: _ => { });
        using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));
        var secret = trust.Services.GetRequiredService<ServiceClientSecrets>().Operator;
        Assert.NotEqual(secret, trust.Services.GetRequiredService<ServiceClientSecrets>().Harvester);

        var (status, body) = await browser.TokenAsync(("grant_type", "client_credentials"), ("client_id", "profd-operator"), ("client_secret", secret), ("scope", "profd"));
        Assert.Equal(HttpStatusCode.OK, status);
        var accessToken = body.GetProperty("access_token").GetString()!;
        var token = await browser.ValidateAccessTokenAsync(accessToken, trust.Clock.GetUtcNow());
        Assert.Equal("TRUST_ADMIN", token.GetClaim("role").Value);

        const string Mutation = """mutation { createProvocation(input: { title: "Whose voice?", text: "Listen." }) { id title } }""";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, trust.Endpoint) { Content = JsonContent.Create(new { query = Mutation }) };
        request.Headers.Authorization = new("Bearer", accessToken);
        var created = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(created.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("Whose voice?", created.GetProperty("data").GetProperty("createProvocation").GetProperty("title").GetString());

        var anonymous = await trust.GraphQLAsync(Mutation);
        Assert.Equal("UNAUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_wrong_harvester_secret_is_refused()
    {
        await using var trust = await TrustHost.StartAsync();
        using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));

        var (status, body) = await browser.TokenAsync(("grant_type", "client_credentials"), ("client_id", "profd-harvester"), ("client_secret", "not-the-secret"), ("scope", "profd.harvest"));

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task The_harvester_sends_its_token_to_the_node()
    {
        await using var trust = await TrustHost.StartAsync();
        await using var node = await FeedNodeServer.StartAsync("feedu");
        node.State.School("S1", "School One", "GB", "HIGH_INCOME");
        await trust.RegisterAsync("feedu", node.Endpoint);
        using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));

        Assert.True(await trust.Harvester.HarvestAsync("feedu", CancellationToken.None));

        var header = node.LastFeedAuthorization;
        Assert.NotNull(header);
        Assert.StartsWith("Bearer ", header);
        var token = await browser.ValidateAccessTokenAsync(header["Bearer ".Length..], trust.Clock.GetUtcNow());
        Assert.Equal("HARVESTER", token.GetClaim("role").Value);

        // Kept until shortly before it expires, then renewed.
        Assert.True(await trust.Harvester.HarvestAsync("feedu", CancellationToken.None));
        Assert.Equal(header, node.LastFeedAuthorization);
        trust.Clock.Advance(TimeSpan.FromMinutes(14.5));
        Assert.True(await trust.Harvester.HarvestAsync("feedu", CancellationToken.None));
        Assert.NotEqual(header, node.LastFeedAuthorization);
    }

    [Fact]
    public async Task Without_a_token_the_harvester_still_asks_the_node()
    {
        await using var trust = await TrustHost.StartAsync();
        await using var node = await FeedNodeServer.StartAsync("feedu");
        node.State.School("S1", "School One", "GB", "HIGH_INCOME");
        await trust.RegisterAsync("feedu", node.Endpoint);
        using (var scope = trust.Services.CreateScope())
        {
            // The hub no longer knows the harvester: it gets no token.
            var manager = scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictApplicationManager>();
            await manager.DeleteAsync((await manager.FindByClientIdAsync("profd-harvester"))!);
        }

        Assert.True(await trust.Harvester.HarvestAsync("feedu", CancellationToken.None));

        Assert.Equal(1, node.FeedRequests);
        Assert.Null(node.LastFeedAuthorization);
    }

    private static async Task<string> KidAsync(HubBrowser browser, JsonElement discovery)
    {
        var (response, _) = await browser.FollowAsync(discovery.GetProperty("jwks_uri").GetString()!);
        var jwks = await response.Content.ReadFromJsonAsync<JsonElement>();
        return jwks.GetProperty("keys")[0].GetProperty("kid").GetString()!;
    }
}
