using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProfD.Trust.Tests.Identity;

/// <summary>
/// A person's browser (cookies, redirects followed one by one so the test sees where they lead) and a client app's
/// back channel against the hub.
/// </summary>
public sealed class HubBrowser : IDisposable
{
    private readonly HttpClient http;

    public HubBrowser(string hub)
    {
        Hub = hub.TrimEnd('/') + "/";
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });
    }

    public string Hub { get; }

    /// <summary>GETs <paramref name="url"/> and follows redirects until one leads to <paramref name="stopAt"/> (not followed) or a page answers.</summary>
    public async Task<(HttpResponseMessage Response, Uri Url)> FollowAsync(string url, string? stopAt = null)
    {
        var current = new Uri(new Uri(Hub), url);
        for (var hops = 0; hops < 20; hops++)
        {
            var response = await http.GetAsync(current);
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null) return (response, current);
            var next = new Uri(current, response.Headers.Location);
            if (stopAt is not null && next.AbsoluteUri.StartsWith(stopAt, StringComparison.Ordinal)) return (response, next);
            current = next;
        }
        throw new Xunit.Sdk.XunitException($"Too many redirects from {url}");
    }

    public Task<HttpResponseMessage> PostFormAsync(string url, params (string Key, string Value)[] fields) =>
        http.PostAsync(new Uri(new Uri(Hub), url), new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    /// <summary>POSTs to the token endpoint and returns the status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(params (string Key, string Value)[] fields)
    {
        var response = await PostFormAsync("connect/token", fields);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Sends <paramref name="request"/> with <paramref name="accessToken"/> as its bearer token.</summary>
    public Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string accessToken)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return http.SendAsync(request);
    }

    /// <summary>Validates a hub access token as a node would, with the hub's published keys, at <paramref name="now"/>.</summary>
    public async Task<JsonWebToken> ValidateAccessTokenAsync(string token, DateTimeOffset now)
    {
        var discovery = await http.GetFromJsonAsync<JsonElement>(new Uri(new Uri(Hub), ".well-known/openid-configuration"));
        var jwks = new JsonWebKeySet(await http.GetStringAsync(discovery.GetProperty("jwks_uri").GetString()));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "profd",
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
            LifetimeValidator = (notBefore, expires, _, _) => (notBefore is null || notBefore <= now.UtcDateTime.AddMinutes(1)) && expires > now.UtcDateTime,
        });
        if (!result.IsValid) throw new Xunit.Sdk.XunitException($"The access token does not validate: {result.Exception?.Message}");
        return (JsonWebToken)result.SecurityToken;
    }

    public void Dispose() => http.Dispose();
}
