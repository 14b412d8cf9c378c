using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace ProfD.Node.Tests.Identity;

/// <summary>What a browser does in the login flow, by plain HTTP: keeps cookies, follows no redirect by itself, fills the form.</summary>
internal sealed partial class LoginBrowser : IDisposable
{
    public const string Hub = "http://127.0.0.1:5999/";
    public const string Callback = Hub + "connect/institution-callback";
    public const string ClientId = "profd-hub";

    private readonly HttpClient http;

    public LoginBrowser(Uri node)
    {
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = node };
    }

    /// <summary>Wraps a client that already keeps cookies and follows no redirects (a test server's).</summary>
    public LoginBrowser(HttpClient client) => http = client;

    public HttpClient Http => http;

    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    /// <summary>The authorization request the hub sends, with PKCE unless <paramref name="pkce"/> is false.</summary>
    public string AuthorizeUrl(bool pkce = true, string redirectUri = Callback, string scope = "openid profile email affiliation roles")
    {
        var query = new Dictionary<string, string>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = "state-1",
            ["nonce"] = "nonce-1",
        };
        if (pkce)
        {
            query["code_challenge"] = Challenge;
            query["code_challenge_method"] = "S256";
        }
        return "/connect/authorize?" + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    /// <summary>Opens the login page at <paramref name="url"/> and posts the form with these credentials.</summary>
    public async Task<HttpResponseMessage> LogInAsync(string url, string email, string password)
    {
        var page = await http.GetStringAsync(url);
        var form = new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = WebUtility.HtmlDecode(HiddenField(page, "returnUrl")),
            ["__RequestVerificationToken"] = HiddenField(page, "__RequestVerificationToken"),
        };
        return await http.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    /// <summary>The whole code flow up to the code: authorize, log in, authorize again; returns the redirect to the hub.</summary>
    public async Task<Uri> AuthorizeAsync(string email, string password)
    {
        var first = await http.GetAsync(AuthorizeUrl());
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        var login = await LogInAsync(first.Headers.Location!.ToString(), email, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var back = await http.GetAsync(login.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        return back.Headers.Location!;
    }

    public static string HiddenField(string page, string name)
    {
        var match = Regex.Match(page, $"""<input type="hidden" name="{Regex.Escape(name)}" value="([^"]*)">""");
        Assert.True(match.Success, $"The page has no hidden field {name}: {page}");
        return match.Groups[1].Value;
    }

    /// <summary>The login page's alert, or null.</summary>
    public static string? Alert(string page) => AlertPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The page without its antiforgery token, which differs on every render.</summary>
    public static string WithoutToken(string page) => TokenPattern().Replace(page, "");

    public static IReadOnlyDictionary<string, string> QueryOf(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));

    [GeneratedRegex("""<p role="alert" id="login-error">([^<]*)</p>""")]
    private static partial Regex AlertPattern();

    [GeneratedRegex("""<input type="hidden" name="__RequestVerificationToken" value="[^"]*">""")]
    private static partial Regex TokenPattern();

    public void Dispose() => http.Dispose();
}
