using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ProfD.Schema.Http;

/// <summary>
/// Reads GraphQL requests from a GET query string or a POST JSON body, refusing anything that is not a well-formed
/// GraphQL-over-HTTP request with a <see cref="GraphQLHttpRequestException"/>.
/// </summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
{
    private const int ReadBufferBytes = 16 * 1024;

    public GraphQLRequest ReadQueryString(IQueryCollection query)
    {
        return new GraphQLRequest
        {
            Query = OneValue(query, "query") ?? throw BadRequest("The request has no \"query\" parameter."),
            OperationName = OneValue(query, "operationName"),
            Variables = ReadJsonMap(OneValue(query, "variables"), "variables"),
            Extensions = ReadJsonMap(OneValue(query, "extensions"), "extensions"),
        };
    }

    /// <summary>Reads one request, or a batch when the body is a JSON array.</summary>
    public async Task<(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch)> ReadBodyAsync(HttpRequest request)
    {
        RequireJsonContentType(request.ContentType);
        var body = await ReadBodyBytesAsync(request);

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw BadRequest("The request body is not valid JSON.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Array) return ([ReadRequest(root)], false);

            if (!options.EnableBatching) throw BadRequest("This server does not accept batches; send one request per POST.");
            var count = root.GetArrayLength();
            if (count == 0) throw BadRequest("The batch is empty.");
            if (count > options.MaxBatchSize) throw BadRequest($"A batch may hold at most {options.MaxBatchSize} requests; this one holds {count}.");
            return (root.EnumerateArray().Select(ReadRequest).ToList(), true);
        }
    }

    private static void RequireJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, "Send POST requests with Content-Type: application/json.");
        }
        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, "Send POST bodies encoded as UTF-8.");
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadBodyBytesAsync(HttpRequest request)
    {
        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength > limit) throw TooLarge();

        // This endpoint counts the bytes itself (below), so the server-wide limit must not cut in first with its own answer.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var body = new MemoryStream((int)Math.Min(request.ContentLength ?? ReadBufferBytes, limit));
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                if (body.Length + read > limit) throw TooLarge();
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return body.GetBuffer().AsMemory(0, (int)body.Length);

        GraphQLHttpRequestException TooLarge() => new(
            StatusCodes.Status413PayloadTooLarge, $"The request body is larger than this server accepts ({limit} bytes).");
    }

    private GraphQLRequest ReadRequest(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) throw BadRequest("A request must be a JSON object with a \"query\" string.");

        var request = new GraphQLRequest();
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    request.Query = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : throw BadRequest("\"query\" must be a string.");
                    break;
                case "operationName":
                    request.OperationName = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => NullIfEmpty(property.Value.GetString()),
                        _ => throw BadRequest("\"operationName\" must be a string or null."),
                    };
                    break;
                case "variables":
                    request.Variables = ReadMap(property.Value, "variables");
                    break;
                case "extensions":
                    request.Extensions = ReadMap(property.Value, "extensions");
                    break;
            }
        }
        return request.Query is null ? throw BadRequest("The request has no \"query\" string.") : request;
    }

    private Inputs? ReadJsonMap(string? json, string name)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name);
        }
        catch (JsonException)
        {
            throw BadRequest($"\"{name}\" is not valid JSON.");
        }
    }

    private Inputs? ReadMap(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        _ => throw BadRequest($"\"{name}\" must be a JSON object or null."),
    };

    /// <summary>The parameter's value, <see langword="null"/> when absent or empty; given twice, it is refused.</summary>
    private static string? OneValue(IQueryCollection query, string name)
    {
        var values = query[name];
        if (values.Count > 1) throw BadRequest($"Give \"{name}\" at most once.");
        return StringValues.IsNullOrEmpty(values) ? null : values.ToString();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static GraphQLHttpRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
