using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ProfD.Gateway.Hosting;
using ProfD.Schema.Errors;

namespace ProfD.Gateway.TrustedDocuments;

/// <summary>
/// Persisted operations in front of <c>/graphql</c>: a request may name its document by hash instead of sending it
/// (<c>"documentId": "sha256:…"</c>, or Apollo's <c>extensions.persistedQuery.sha256Hash</c>), and with
/// <see cref="GatewayOptions.TrustedDocumentsOnly"/> every other document is refused. The request then goes on to the
/// GraphQL-over-HTTP handler with the document filled in.
/// </summary>
internal sealed class TrustedDocumentMiddleware(RequestDelegate next, TrustedDocumentStore store, IOptions<GatewayOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path != "/graphql" || (store.Count == 0 && !options.Value.TrustedDocumentsOnly))
        {
            await next(context);
            return;
        }
        Refusal? refusal;
        if (HttpMethods.IsGet(context.Request.Method)) refusal = RewriteQueryString(context.Request);
        else if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
            refusal = await RewriteBodyAsync(context.Request);
        else refusal = null;

        if (refusal is null)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = refusal.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message = refusal.Message, extensions = new { code = refusal.Code } } } });
    }

    private async Task<Refusal?> RewriteBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null)
        {
            // Not JSON: the handler reads it again and says what is wrong with it.
            request.Body.Position = 0;
            return null;
        }
        var operations = body is JsonArray batch ? batch.OfType<JsonObject>().ToList() : body is JsonObject single ? [single] : [];
        foreach (var operation in operations)
        {
            var refusal = Resolve(operation["query"]?.GetValue<string>(), HashOf(operation), out var document);
            if (refusal is not null) return refusal;
            if (document is not null) operation["query"] = document;
        }
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        return null;
    }

    private Refusal? RewriteQueryString(HttpRequest request)
    {
        var query = request.Query["query"].FirstOrDefault();
        string? hash = request.Query["documentId"].FirstOrDefault() is { } id ? Strip(id) : null;
        if (hash is null && request.Query["extensions"].FirstOrDefault() is { } extensions)
        {
            try
            {
                hash = JsonNode.Parse(extensions)?["persistedQuery"]?["sha256Hash"]?.GetValue<string>();
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                hash = null;
            }
        }
        var refusal = Resolve(query, hash, out var document);
        if (refusal is null && document is not null)
            request.QueryString = request.QueryString.Add("query", document);
        return refusal;
    }

    /// <summary>Null when the request may go on; <paramref name="document"/> is set when it named a trusted one by hash.</summary>
    private Refusal? Resolve(string? query, string? hash, out string? document)
    {
        document = null;
        if (string.IsNullOrEmpty(query) && hash is not null)
        {
            if (!store.TryGet(hash, out var trusted))
                return new(StatusCodes.Status404NotFound, ErrorCodes.NotFound, $"No trusted document has the SHA-256 '{hash}'.");
            document = trusted;
            return null;
        }
        if (options.Value.TrustedDocumentsOnly && !string.IsNullOrEmpty(query) && !store.Contains(query))
            return new(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "This gateway runs only trusted documents: send the documentId (sha256:…) of one it knows.");
        return null;
    }

    private static string? HashOf(JsonObject operation) =>
        operation["documentId"]?.GetValue<string>() is { } id ? Strip(id)
        : operation["extensions"]?["persistedQuery"]?["sha256Hash"]?.GetValue<string>();

    private static string Strip(string documentId) => documentId.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? documentId["sha256:".Length..] : documentId;

    /// <summary>Why a request does not go on: the HTTP status, the error code and a message for the caller.</summary>
    private sealed record Refusal(int Status, string Code, string Message);
}
