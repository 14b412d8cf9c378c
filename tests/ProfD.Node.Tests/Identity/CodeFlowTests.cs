using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ProfD.Node.Identity;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Identity;

namespace ProfD.Node.Tests.Identity;

/// <summary>The hub's view of a node's login server on real Kestrel: code flow with PKCE, by plain HTTP.</summary>
public sealed class CodeFlowTests : IAsyncLifetime
{
    private KestrelNode node = null!;

    public async Task InitializeAsync() =>
        node = await KestrelNode.StartAsync(null, new Dictionary<string, string?> { ["Node:Identity:Hub"] = LoginBrowser.Hub });

    public async Task DisposeAsync() => await node.DisposeAsync();

    [Fact]
    public async Task The_code_flow_with_PKCE_signs_a_teacher_in_and_the_id_token_carries_the_federation_claims()
    {
        await TestAccounts.CreateTeacherAsync(node.Services, "ada@kestrelnode.example", "PADA1", FederationRoles.InstitutionAdmin);
        using var browser = new LoginBrowser(node.Address);

        var callback = await browser.AuthorizeAsync("ada@kestrelnode.example", TestAccounts.Password);

        Assert.StartsWith(LoginBrowser.Callback + "?", callback.ToString(), StringComparison.Ordinal);
        var query = LoginBrowser.QueryOf(callback);
        Assert.Equal("state-1", query["state"]);
        using var tokens = await browser.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"],
            ["redirect_uri"] = LoginBrowser.Callback,
            ["client_id"] = LoginBrowser.ClientId,
            ["code_verifier"] = browser.Verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        var body = await tokens.Content.ReadFromJsonAsync<JsonElement>();

        var idToken = await ValidateIdTokenAsync(body.GetProperty("id_token").GetString()!);
        Assert.Equal("kestrelnode:Teacher:PADA1", idToken.Subject);
        Assert.Equal("Ada Lovelace", idToken.GetClaim(FederationClaims.Name).Value);
        Assert.Equal("ada@kestrelnode.example", idToken.GetClaim(FederationClaims.Email).Value);
        Assert.Equal(FederationAffiliations.Faculty, idToken.GetClaim(FederationClaims.Affiliation).Value);
        Assert.Equal("kestrelnode", idToken.GetClaim(FederationClaims.HomeInstitution).Value);
        Assert.Equal(FederationRoles.InstitutionAdmin, idToken.GetClaim(FederationClaims.Role).Value);
        Assert.Equal("nonce-1", idToken.GetClaim("nonce").Value);
        Assert.Equal([LoginBrowser.ClientId], idToken.Audiences);
        Assert.False(idToken.TryGetClaim(NodeAccountClaims.AccountId, out _));

        using var userInfoRequest = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        userInfoRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        using var userInfo = await browser.Http.SendAsync(userInfoRequest);
        Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
        var info = await userInfo.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("kestrelnode:Teacher:PADA1", info.GetProperty("sub").GetString());
        Assert.Equal(FederationAffiliations.Faculty, info.GetProperty("affiliation").GetString());
        Assert.Equal("kestrelnode", info.GetProperty("home_institution").GetString());
        Assert.Equal([FederationRoles.InstitutionAdmin], info.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_staff_account_without_a_teacher_record_gets_an_Account_subject_and_no_roles()
    {
        var account = await TestAccounts.CreateAsync(node.Services, "office@kestrelnode.example", "Office", FederationAffiliations.Staff, null);
        using var browser = new LoginBrowser(node.Address);

        var callback = await browser.AuthorizeAsync("office@kestrelnode.example", TestAccounts.Password);
        var body = await RedeemAsync(browser, LoginBrowser.QueryOf(callback)["code"]);

        var idToken = await ValidateIdTokenAsync(body.GetProperty("id_token").GetString()!);
        Assert.Equal($"kestrelnode:Account:{account.Id}", idToken.Subject);
        Assert.False(idToken.TryGetClaim(FederationClaims.Role, out _));
    }

    [Fact]
    public async Task A_refresh_token_reads_the_account_afresh_and_stops_working_once_the_account_is_locked()
    {
        var account = await TestAccounts.CreateAsync(node.Services, "dora@kestrelnode.example", "Dora", FederationAffiliations.Member, null);
        using var browser = new LoginBrowser(node.Address);
        var first = await browser.GetAsync(browser.AuthorizeUrl(scope: "openid offline_access affiliation roles"));
        var login = await browser.LogInAsync(first.Headers.Location!.ToString(), "dora@kestrelnode.example", TestAccounts.Password);
        var callback = (await browser.GetAsync(login.Headers.Location!.ToString())).Headers.Location!;
        var refreshToken = (await RedeemAsync(browser, LoginBrowser.QueryOf(callback)["code"])).GetProperty("refresh_token").GetString()!;

        await using (var scope = node.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>();
            var stored = (await users.FindByIdAsync(account.Id))!;
            stored.Affiliation = FederationAffiliations.Faculty;
            await users.UpdateAsync(stored);
        }
        var refreshed = await RefreshAsync(browser, refreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        var idToken = await ValidateIdTokenAsync(body.GetProperty("id_token").GetString()!);
        Assert.Equal(FederationAffiliations.Faculty, idToken.GetClaim(FederationClaims.Affiliation).Value);

        await using (var scope = node.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(account.Id))!, DateTimeOffset.UtcNow.AddHours(1));
        }
        var refused = await RefreshAsync(browser, body.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    private static Task<HttpResponseMessage> RefreshAsync(LoginBrowser browser, string refreshToken) =>
        browser.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = LoginBrowser.ClientId,
        }));

    [Fact]
    public async Task A_code_is_not_redeemed_with_the_wrong_verifier()
    {
        await TestAccounts.CreateAsync(node.Services, "bob@kestrelnode.example", "Bob", FederationAffiliations.Member, null);
        using var browser = new LoginBrowser(node.Address);
        var callback = await browser.AuthorizeAsync("bob@kestrelnode.example", TestAccounts.Password);

        using var tokens = await browser.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = LoginBrowser.QueryOf(callback)["code"],
            ["redirect_uri"] = LoginBrowser.Callback,
            ["client_id"] = LoginBrowser.ClientId,
            ["code_verifier"] = new LoginBrowser(node.Address).Verifier,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, tokens.StatusCode);
        Assert.Equal("invalid_grant", (await tokens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Authorize_without_PKCE_is_refused_and_no_code_is_issued()
    {
        using var browser = new LoginBrowser(node.Address);

        using var response = await browser.GetAsync(browser.AuthorizeUrl(pkce: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("'code_challenge' parameter is missing", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LoginBrowser.Callback + "/extra")]
    [InlineData("http://127.0.0.1:6000/connect/institution-callback")]
    [InlineData("https://evil.example/connect/institution-callback")]
    public async Task A_redirect_uri_that_is_not_exactly_the_registered_one_is_refused_without_redirecting(string redirectUri)
    {
        using var browser = new LoginBrowser(node.Address);

        using var response = await browser.GetAsync(browser.AuthorizeUrl(redirectUri: redirectUri));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("redirect_uri", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_session_signs_out_and_returns_to_the_hub()
    {
        await TestAccounts.CreateAsync(node.Services, "carol@kestrelnode.example", "Carol", FederationAffiliations.Member, null);
        using var browser = new LoginBrowser(node.Address);
        await browser.AuthorizeAsync("carol@kestrelnode.example", TestAccounts.Password);

        using var end = await browser.GetAsync($"/connect/endsession?client_id={LoginBrowser.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(LoginBrowser.Hub)}");
        Assert.Equal(HttpStatusCode.Found, end.StatusCode);
        Assert.Equal(LoginBrowser.Hub, end.Headers.Location!.ToString());

        // Signed out: authorizing again asks for the password.
        using var again = await browser.GetAsync(browser.AuthorizeUrl());
        Assert.Equal("/account/login", again.Headers.Location!.AbsolutePath);
    }

    private static async Task<JsonElement> RedeemAsync(LoginBrowser browser, string code)
    {
        using var tokens = await browser.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = LoginBrowser.Callback,
            ["client_id"] = LoginBrowser.ClientId,
            ["code_verifier"] = browser.Verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        return await tokens.Content.ReadFromJsonAsync<JsonElement>();
    }

    // Checked as the hub will: signature by a key from the node's JWKS, issuer = the node.
    private async Task<JsonWebToken> ValidateIdTokenAsync(string idToken)
    {
        using var http = new HttpClient { BaseAddress = node.Address };
        var jwks = new JsonWebKeySet(await http.GetStringAsync("/.well-known/jwks"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = node.Address.ToString(),
            ValidAudience = LoginBrowser.ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
        Assert.True(result.IsValid, result.Exception?.ToString());
        return (JsonWebToken)result.SecurityToken;
    }
}
