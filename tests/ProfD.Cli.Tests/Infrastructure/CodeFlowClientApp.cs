using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// A third-party front-end on real Kestrel, as small as one can be: it sends the browser to the hub with an
/// authorization code request (PKCE, S256), takes the code back at its redirect URI, redeems it, and shows who logged in.
/// It is the public client <c>profd-web</c>.
/// </summary>
public sealed class CodeFlowClientApp : IAsyncDisposable
{
    public const string ClientId = "profd-web";
    public const string CallbackPath = "/signin-oidc";

    private readonly WebApplication _app;

    private CodeFlowClientApp(WebApplication app) => _app = app;

    /// <summary>The access token of the last login, for calls the test makes afterwards.</summary>
    public string? LastAccessToken { get; private set; }

    public static async Task<CodeFlowClientApp> StartAsync(int port, Uri hub)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var client = new CodeFlowClientApp(app);
        var pending = new ConcurrentDictionary<string, string>();
        using var discoveryHttp = new HttpClient();
        var discovery = await discoveryHttp.GetFromJsonAsync<JsonElement>(new Uri(hub, ".well-known/openid-configuration"));
        var authorize = discovery.GetProperty("authorization_endpoint").GetString()!;
        var token = discovery.GetProperty("token_endpoint").GetString()!;
        var redirectUri = $"http://127.0.0.1:{port}{CallbackPath}";

        app.MapGet("/login", (HttpContext context) =>
        {
            var state = Base64Url(RandomNumberGenerator.GetBytes(16));
            var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
            pending[state] = verifier;
            var query = new Dictionary<string, string?>
            {
                ["client_id"] = ClientId,
                ["response_type"] = "code",
                ["redirect_uri"] = redirectUri,
                ["scope"] = "openid profile email affiliation roles profd",
                ["state"] = state,
                ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
                ["code_challenge_method"] = "S256",
            };
            if (context.Request.Query["idp"] is { Count: > 0 } idp) query["idp"] = idp.ToString();
            return Results.Redirect(QueryHelpers.AddQueryString(authorize, query));
        });
        app.MapGet(CallbackPath, async (HttpContext context) =>
        {
            var state = context.Request.Query["state"].ToString();
            if (!pending.TryRemove(state, out var verifier)) return Results.Content("<h1>Unknown state</h1>", "text/html", statusCode: 400);
            if (context.Request.Query["error"] is { Count: > 0 } error) return Results.Content($"<h1>Refused: {error}</h1>", "text/html", statusCode: 400);
            using var http = new HttpClient();
            using var response = await http.PostAsync(token, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = context.Request.Query["code"].ToString(),
                ["redirect_uri"] = redirectUri,
                ["client_id"] = ClientId,
                ["code_verifier"] = verifier,
            }));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (!response.IsSuccessStatusCode) return Results.Content($"<h1>Token refused</h1><pre>{body}</pre>", "text/html", statusCode: 400);
            client.LastAccessToken = body.GetProperty("access_token").GetString();
            var claims = ProfD.Cli.Login.AccessTokenClaims.Read(client.LastAccessToken!);
            return Results.Content(
                $"<!doctype html><title>Signed in</title><main><h1 id=\"who\">{claims.Name}</h1><p id=\"subject\">{claims.Subject}</p>" +
                $"<p id=\"institution\">{claims.HomeInstitution}</p><p id=\"roles\">{string.Join(' ', claims.Roles)}</p></main>", "text/html");
        });
        await app.StartAsync();
        return client;
    }

    public string LoginUrl(string? institution = null) =>
        $"{_app.Urls.First().TrimEnd('/')}/login{(institution is null ? "" : $"?idp={institution}")}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
