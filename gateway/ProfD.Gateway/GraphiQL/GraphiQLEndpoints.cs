using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ProfD.Gateway.GraphiQL;
using ProfD.Gateway.Hosting;

// In the root namespace so that GatewayApplication calls MapGraphiQL without a using.
namespace ProfD.Gateway;

/// <summary>
/// GraphiQL at the gateway's GraphQL address: a browser's GET to <c>/graphql</c> (its <c>Accept</c> prefers
/// <c>text/html</c>, no <c>query</c> parameter) gets the IDE; every other request goes on to the GraphQL handler.
/// The page loads only <c>/graphiql/*</c> from the gateway itself. Off with <c>Gateway:GraphiQL=false</c>.
/// </summary>
internal static class GraphiQLEndpoints
{
    private const string Path = "/graphql";
    private const string AssetPath = "/graphiql";

    // The page may talk to nothing but the gateway: no CDN, no fonts or workers from elsewhere.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.GraphiQL) return app;
        var assets = GraphiQLAssets.Load();

        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path == Path && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !request.Query.ContainsKey("query") && PrefersHtml(request.Headers.Accept))
            {
                await WritePageAsync(context, assets.Version);
                return;
            }
            await next(context);
        });

        app.MapMethods(AssetPath + "/{file}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string file) => ServeAsset(context, assets, file))
            .WithDisplayName("GraphiQL assets")
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Whether <c>text/html</c> is acceptable and wanted more than either GraphQL response type.</summary>
    internal static bool PrefersHtml(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return false;
        var html = Quality(ranges, "text", "html");
        return html > 0
            && html > Quality(ranges, "application", "json")
            && html > Quality(ranges, "application", "graphql-response+json");
    }

    // The quality of the most specific range that matches (exact, then type/*, then */*), as RFC 9110 12.5.1 says.
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var best = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var specificity = range.MatchesAllTypes ? 0
                : !range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? -1
                : range.MatchesAllSubTypes ? 1
                : range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (specificity <= best) continue;
            best = specificity;
            quality = range.Quality ?? 1.0;
        }
        return quality;
    }

    private static async Task WritePageAsync(HttpContext context, string version)
    {
        var assets = WebUtility.HtmlEncode($"{context.Request.PathBase}{AssetPath}");
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>ProfD GraphQL</title>
              <link rel="stylesheet" href="{{assets}}/graphiql.css?v={{version}}">
            </head>
            <body style="margin: 0">
              <div id="graphiql" style="height: 100vh"></div>
              <noscript><p style="font-family: sans-serif; padding: 1em">GraphiQL, the GraphQL IDE of this gateway, needs JavaScript. Without it, POST GraphQL requests to this address.</p></noscript>
              <script src="{{assets}}/graphiql.js?v={{version}}"></script>
            </body>
            </html>

            """, context.RequestAborted);
    }

    private static IResult ServeAsset(HttpContext context, GraphiQLAssets assets, string file)
    {
        if (assets.Find(file) is not { } asset) return Results.NotFound();
        var request = context.Request;
        var response = context.Response;
        var etag = $"\"{assets.Version}\"";
        response.Headers.ETag = etag;
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.XContentTypeOptions = "nosniff";
        // Asked for by this build's version: never changes. Otherwise (an old or no version): check every time.
        response.Headers.CacheControl = request.Query["v"] == assets.Version ? "public, max-age=31536000, immutable" : "no-cache";
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() is var t && (t == etag || t == "*"))))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var gzip = request.Headers.AcceptEncoding.Any(v => v?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true);
        if (gzip) response.Headers.ContentEncoding = "gzip";
        return Results.Bytes(gzip ? asset.Gzip : asset.Content, asset.ContentType);
    }
}
