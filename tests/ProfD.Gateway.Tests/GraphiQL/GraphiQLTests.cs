using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.GraphiQL;

/// <summary>GraphiQL at the gateway's GraphQL address for browsers, from the gateway itself; GraphQL clients unaffected.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed partial class GraphiQLTests(DemoFederationFixture federation)
{
    // What Chromium and Firefox send when opening a page.
    internal const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    public static TheoryData<string, string> Assets => new()
    {
        { "graphiql.js", "text/javascript" },
        { "graphiql.css", "text/css" },
        { "editor.worker.js", "text/javascript" },
        { "json.worker.js", "text/javascript" },
        { "graphql.worker.js", "text/javascript" },
    };

    [Fact]
    public async Task A_browser_opening_the_GraphQL_address_gets_GraphiQL_that_loads_only_from_the_gateway()
    {
        using var response = await GetAsync(federation.Gateway.Endpoint, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>ProfD GraphQL</title>", html, StringComparison.Ordinal);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"graphiql\"", html, StringComparison.Ordinal);
        var references = ReferenceRegex().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains(references, r => r.StartsWith("/graphiql/graphiql.js?", StringComparison.Ordinal));
        Assert.Contains(references, r => r.StartsWith("/graphiql/graphiql.css?", StringComparison.Ordinal));
        Assert.All(references, r => Assert.Matches("^/[^/]", r));
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);

        // A request for the IDE asks for HTML alone too (as curl -H 'Accept: text/html' does).
        using var htmlOnly = await GetAsync(federation.Gateway.Endpoint, "text/html");
        Assert.Equal(HttpStatusCode.OK, htmlOnly.StatusCode);
        Assert.Equal("text/html", htmlOnly.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task The_bundle_is_served_with_its_content_type_and_cached_by_version(string file, string contentType)
    {
        var page = await (await GetAsync(federation.Gateway.Endpoint, BrowserAccept)).Content.ReadAsStringAsync();
        var version = VersionRegex().Match(page).Groups["v"].Value;
        Assert.NotEmpty(version);

        using var response = await GetAsync($"{federation.Gateway.Url}/graphiql/{file}?v={version}", "*/*");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.Length > 100_000, $"{file} is {body.Length} bytes");
        Assert.Null(response.Content.Headers.ContentEncoding.FirstOrDefault());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var etag = Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);

        using var unversioned = await GetAsync($"{federation.Gateway.Url}/graphiql/{file}", "*/*");
        Assert.True(unversioned.Headers.CacheControl?.NoCache);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"{federation.Gateway.Url}/graphiql/{file}");
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await federation.Gateway.Http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var compressed = new HttpRequestMessage(HttpMethod.Get, $"{federation.Gateway.Url}/graphiql/{file}");
        compressed.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var gzip = await federation.Gateway.Http.SendAsync(compressed);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.True((await gzip.Content.ReadAsByteArrayAsync()).Length < body.Length * 3 / 4);
    }

    [Fact]
    public async Task Unknown_assets_are_not_found()
    {
        using var response = await GetAsync($"{federation.Gateway.Url}/graphiql/secrets.json", "*/*");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json, application/json")]
    [InlineData("application/json")]
    [InlineData(BrowserAccept)]
    public async Task A_GET_with_a_query_still_runs_GraphQL(string accept)
    {
        using var response = await GetAsync($"{federation.Gateway.Endpoint}?query={Uri.EscapeDataString("{ schools(first: 1) { totalCount } }")}", accept);
        var body = await response.Content.ReadAsStringAsync();

        if (accept == BrowserAccept)
        {
            // Not the IDE: a GraphQL request, answered in JSON (the browser's */* accepts it).
            Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task A_GET_without_a_query_from_a_GraphQL_client_is_the_handlers_as_before(string accept)
    {
        using var response = await GetAsync(federation.Gateway.Endpoint, accept);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task POST_is_unaffected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, federation.Gateway.Endpoint)
        {
            Content = new StringContent("""{"query":"{ schools(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var response = await federation.Gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"totalCount\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await federation.Gateway.QueryAsync("{ schools(first: 1) { totalCount } }")).GetProperty("schools").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Switched_off_the_browser_gets_the_handlers_406_and_there_is_no_bundle()
    {
        await using var gateway = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?> { ["Gateway:GraphiQL"] = "false" });

        using var page = await GetAsync(gateway.Endpoint, "text/html");
        using var script = await GetAsync($"{gateway.Url}/graphiql/graphiql.js", "*/*");

        Assert.Equal(HttpStatusCode.NotAcceptable, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
        Assert.True((await gateway.QueryAsync("{ schools(first: 1) { totalCount } }")).GetProperty("schools").GetProperty("totalCount").GetInt32() > 0);
    }

    [Theory]
    [InlineData(BrowserAccept, true)]
    [InlineData("text/html", true)]
    [InlineData("text/*", true)]
    [InlineData("text/html, application/json", false)]
    [InlineData("application/json;q=0.5, text/html", true)]
    [InlineData("text/html;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", false)]
    [InlineData("", false)]
    [InlineData("not a media type", false)]
    public void Prefers_html_only_when_html_beats_both_GraphQL_types(string accept, bool html) =>
        Assert.Equal(html, GraphiQLEndpoints.PrefersHtml(accept));

    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await federation.Gateway.Http.SendAsync(request);
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]*)""")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex("""graphiql\.js\?v=(?<v>[0-9a-f]+)""")]
    private static partial Regex VersionRegex();
}
