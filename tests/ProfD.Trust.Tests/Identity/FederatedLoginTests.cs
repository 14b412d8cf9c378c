using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Community;
using ProfD.Trust.Registry;
using ProfD.Trust.Tests.Infrastructure;
using Xunit;

namespace ProfD.Trust.Tests.Identity;

/// <summary>Logging in through a person's institution (a stand-in provider), by the web app's code flow and the CLI's device flow.</summary>
public sealed class FederatedLoginTests
{
    private const string WebRedirect = "http://127.0.0.1:9/callback";
    private const string Person = "inst:Teacher:ada";

    [Fact]
    public async Task A_person_logs_in_with_code_and_pkce_and_the_tokens_carry_home_and_trust_roles()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst", Roles: ["INSTITUTION_ADMIN", "TRUST_ADMIN"]));
        await login.GrantTrustRolesAsync(Person);

        var tokens = await login.CodeFlowAsync();

        var token = await login.Browser.ValidateAccessTokenAsync(tokens.GetProperty("access_token").GetString()!, login.Trust.Clock.GetUtcNow());
        Assert.Equal(Person, token.Subject);
        Assert.Equal("inst", token.GetClaim("home_institution").Value);
        Assert.Equal("Ada Teacher", token.GetClaim("name").Value);
        Assert.Equal("ada@example.org", token.GetClaim("email").Value);
        Assert.Equal("faculty", token.GetClaim("affiliation").Value);
        Assert.Equal("profd-web", token.GetClaim("client_id").Value);
        var roles = token.Claims.Where(c => c.Type == "role").Select(c => c.Value).Order().ToList();
        // TRUST_ADMIN comes from the trust's configuration, not from the node that asserted it.
        Assert.Equal(["ACCREDITED_MENTOR", "FACILITATOR", "INSTITUTION_ADMIN", "TRUST_ADMIN"], roles);
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal("inst", idToken.GetClaim("home_institution").Value);
    }

    [Fact]
    public async Task Userinfo_and_the_trust_api_accept_the_hubs_access_token()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst", Roles: ["INSTITUTION_ADMIN"]));
        var accessToken = (await login.CodeFlowAsync()).GetProperty("access_token").GetString()!;

        var userinfo = await login.Browser.SendWithTokenAsync(new HttpRequestMessage(HttpMethod.Get, login.Browser.Hub + "connect/userinfo"), accessToken);
        Assert.Equal(HttpStatusCode.OK, userinfo.StatusCode);
        var claims = JsonDocument.Parse(await userinfo.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Person, claims.GetProperty("sub").GetString());
        Assert.Equal("inst", claims.GetProperty("home_institution").GetString());
        Assert.Contains("INSTITUTION_ADMIN", claims.GetProperty("role").EnumerateArray().Select(r => r.GetString()));

        var api = await login.Browser.SendWithTokenAsync(GraphQL("{ __typename }"), accessToken);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var tampered = await login.Browser.SendWithTokenAsync(GraphQL("{ __typename }"), accessToken[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await tampered.Content.ReadAsStringAsync());

        HttpRequestMessage GraphQL(string query) => new(HttpMethod.Post, login.Trust.Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
    }

    [Fact]
    public async Task Logging_out_at_the_hub_forgets_the_person()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst"));
        await login.CodeFlowAsync();
        var (signedIn, location) = await login.Browser.FollowAsync(login.AuthorizeUrl(), stopAt: WebRedirect);
        Assert.True(QueryHelpers.ParseQuery(location.Query).ContainsKey("code"), "Still signed in at the hub, the authorize step gives a code at once.");

        var (signedOut, _) = await login.Browser.FollowAsync("connect/endsession");
        Assert.Contains("logged out", await signedOut.Content.ReadAsStringAsync());

        var (choose, _) = await login.Browser.FollowAsync(login.AuthorizeUrl(), stopAt: WebRedirect);
        Assert.Contains("Choose your institution", await choose.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_node_cannot_grant_trust_roles()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson("inst:Teacher:bob", "inst", Roles: ["TRUST_ADMIN", "FACILITATOR"]));

        var tokens = await login.CodeFlowAsync();

        var token = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal("inst:Teacher:bob", token.Subject);
        Assert.DoesNotContain(token.Claims, c => c.Type == "role");
    }

    [Fact]
    public async Task A_node_asserting_another_institutions_person_is_refused()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson("other:Teacher:eve", "other"));
        await login.Trust.AddInstitutionAsync("other", "http://127.0.0.1:1/graphql");

        var (response, _) = await login.Browser.FollowAsync(login.AuthorizeUrl(idp: "inst"), stopAt: WebRedirect);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("can only vouch for its own people", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_person_of_a_suspended_institution_is_refused_at_login_and_at_refresh()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst"));
        var tokens = await login.CodeFlowAsync();

        await login.Trust.SetStatusAsync("inst", InstitutionStatus.Suspended);

        var (status, refused) = await login.Browser.TokenAsync(("grant_type", "refresh_token"), ("client_id", "profd-web"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
        Assert.Contains("SUSPENDED", refused.GetProperty("error_description").GetString());

        // Still signed in at the hub: the authorize step refuses with access_denied.
        var (again, location) = await login.Browser.FollowAsync(login.AuthorizeUrl(), stopAt: WebRedirect);
        Assert.Equal("access_denied", QueryHelpers.ParseQuery(location.Query)["error"].ToString());

        // Not signed in any more: the institution is not offered, and cannot be chosen.
        var (choose, _) = await login.Browser.FollowAsync(login.AuthorizeUrl(idp: "inst"), stopAt: WebRedirect);
        Assert.Equal(HttpStatusCode.BadRequest, choose.StatusCode);
        Assert.Equal(1, login.Provider.SignIns);
    }

    [Fact]
    public async Task A_refresh_gives_a_new_access_token_while_the_institution_is_active()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst"));
        var tokens = await login.CodeFlowAsync();

        var (status, refreshed) = await login.Browser.TokenAsync(("grant_type", "refresh_token"), ("client_id", "profd-web"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!));

        Assert.Equal(HttpStatusCode.OK, status);
        var token = await login.Browser.ValidateAccessTokenAsync(refreshed.GetProperty("access_token").GetString()!, login.Trust.Clock.GetUtcNow());
        Assert.Equal(Person, token.Subject);
    }

    [Fact]
    public async Task The_device_flow_logs_the_cli_in_after_the_person_approves_at_the_hub()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst", Roles: ["INSTITUTION_ADMIN"]));
        var start = await login.Browser.PostFormAsync("connect/device", ("client_id", "profd-cli"), ("scope", "openid profile email affiliation roles offline_access profd"));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var device = JsonDocument.Parse(await start.Content.ReadAsStringAsync()).RootElement;
        var userCode = device.GetProperty("user_code").GetString()!;
        var deviceCode = device.GetProperty("device_code").GetString()!;
        Assert.EndsWith("/connect/verify", device.GetProperty("verification_uri").GetString());

        var (_, pending) = await login.Browser.TokenAsync(("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("client_id", "profd-cli"), ("device_code", deviceCode));
        Assert.Equal("authorization_pending", pending.GetProperty("error").GetString());

        var (page, _) = await login.Browser.FollowAsync($"connect/verify?user_code={Uri.EscapeDataString(userCode)}&idp=inst");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Approve", await page.Content.ReadAsStringAsync());
        var approved = await login.Browser.PostFormAsync("connect/verify", ("user_code", userCode), ("decision", "approve"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var (status, tokens) = await login.Browser.TokenAsync(("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("client_id", "profd-cli"), ("device_code", deviceCode));
        Assert.Equal(HttpStatusCode.OK, status);
        var token = await login.Browser.ValidateAccessTokenAsync(tokens.GetProperty("access_token").GetString()!, login.Trust.Clock.GetUtcNow());
        Assert.Equal(Person, token.Subject);
        Assert.Equal("profd-cli", token.GetClaim("client_id").Value);
        Assert.Equal("INSTITUTION_ADMIN", token.GetClaim("role").Value);
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Authorize_without_pkce_is_refused()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst"));

        var (response, location) = await login.Browser.FollowAsync(
            $"connect/authorize?client_id=profd-web&response_type=code&scope=openid%20profd&redirect_uri={Uri.EscapeDataString(WebRedirect)}&state=s1&idp=inst", stopAt: WebRedirect);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, login.Provider.SignIns);
    }

    [Fact]
    public async Task Authorize_to_an_unregistered_redirect_uri_is_refused()
    {
        await using var login = await LoginSetup.StartAsync(new StandInPerson(Person, "inst"));

        var (response, location) = await login.Browser.FollowAsync(login.AuthorizeUrl(redirect: "http://127.0.0.1:9/elsewhere", idp: "inst"), stopAt: "http://127.0.0.1:9/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(login.Browser.Hub, location.AbsoluteUri);
        Assert.Equal(0, login.Provider.SignIns);
    }

    /// <summary>A trust with the web client's redirect URI, a stand-in provider registered as institution <c>inst</c>, and a browser.</summary>
    private sealed class LoginSetup : IAsyncDisposable
    {
        private LoginSetup(TrustHost trust, StandInInstitutionProvider provider)
        {
            Trust = trust;
            Provider = provider;
            Browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));
        }

        public TrustHost Trust { get; }

        public StandInInstitutionProvider Provider { get; }

        public HubBrowser Browser { get; }

        public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

        public static async Task<LoginSetup> StartAsync(StandInPerson person)
        {
            var trust = await TrustHost.StartAsync(settings: s =>
            {
                s["Trust:Identity:WebRedirectUris:0"] = WebRedirect;
                s["Trust:Identity:Admins:0"] = Person;
            });
            // The browser's cookie jar keeps real time: the hub's clock must agree with it.
            trust.Clock.Advance(DateTimeOffset.UtcNow - trust.Clock.GetUtcNow());
            var provider = await StandInInstitutionProvider.StartAsync(person, trust.Clock);
            await trust.AddInstitutionAsync("inst", provider.Endpoint);
            return new LoginSetup(trust, provider);
        }

        public string AuthorizeUrl(string redirect = WebRedirect, string? idp = null)
        {
            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
            return $"connect/authorize?client_id=profd-web&response_type=code&scope={Uri.EscapeDataString("openid profile email affiliation roles offline_access profd")}" +
                $"&redirect_uri={Uri.EscapeDataString(redirect)}&state=s1&code_challenge={challenge}&code_challenge_method=S256" + (idp is null ? "" : $"&idp={idp}");
        }

        /// <summary>The whole code flow: authorize (through the institution), then the code for tokens.</summary>
        public async Task<JsonElement> CodeFlowAsync()
        {
            var (_, location) = await Browser.FollowAsync(AuthorizeUrl(idp: "inst"), stopAt: WebRedirect);
            var query = QueryHelpers.ParseQuery(location.Query);
            Assert.True(location.AbsoluteUri.StartsWith(WebRedirect, StringComparison.Ordinal) && query.ContainsKey("code"), $"No code in {location}");
            var (status, tokens) = await Browser.TokenAsync(("grant_type", "authorization_code"), ("client_id", "profd-web"), ("code", query["code"].ToString()),
                ("redirect_uri", WebRedirect), ("code_verifier", Verifier));
            Assert.True(status == HttpStatusCode.OK, $"Token endpoint answered {status}: {tokens}");
            return tokens;
        }

        /// <summary>Makes the person a facilitator of a space and an accredited mentor (active now).</summary>
        public Task GrantTrustRolesAsync(string person) => Trust.WithDatabaseAsync(async db =>
        {
            var now = Trust.Clock.GetUtcNow().UtcDateTime;
            db.Add(new CommunitySpace { Id = "space1", Kind = SpaceKind.Global, Name = "Everyone", CreatedAt = now });
            db.Add(new SpaceFacilitator { SpaceId = "space1", PersonId = person, NamedAt = now });
            db.Add(new MentorAccreditation
            {
                Id = "acc1", TeacherId = person, HomeInstitution = "inst", Course = "Mentoring", CompletedAt = now.AddDays(-10),
                AccreditedFrom = now.AddDays(-1), AccreditedUntil = now.AddYears(1), CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        });

        public async ValueTask DisposeAsync()
        {
            Browser.Dispose();
            await Provider.DisposeAsync();
            await Trust.DisposeAsync();
        }
    }
}
