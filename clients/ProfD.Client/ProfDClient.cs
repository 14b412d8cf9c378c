using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ProfD.Client.Auth;
using ProfD.Client.Errors;
using ProfD.Client.Transport;

namespace ProfD.Client;

/// <summary>
/// Sends ProfD's operations to a gateway (or a node) over GraphQL over HTTP. Thread-safe; keep one per endpoint.
/// Every call takes a <see cref="CancellationToken"/>.
/// </summary>
public sealed class ProfDClient
{
    private readonly HttpClient _http;
    private readonly ProfDClientOptions _options;
    private readonly IAccessTokenProvider _tokens;
    private readonly TimeProvider _time;

    /// <summary>Creates a client.</summary>
    /// <param name="http">The HTTP client to send with (its handler decides proxies, TLS and so on).</param>
    /// <param name="options">Endpoint and retries; validated here.</param>
    /// <param name="tokens">The bearer token source; anonymous when null.</param>
    /// <param name="time">The clock for retry delays; the system clock when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ProfDClient(HttpClient http, ProfDClientOptions options, IAccessTokenProvider? tokens = null, TimeProvider? time = null)
    {
        if (options.Endpoint is null || !options.Endpoint.IsAbsoluteUri)
            throw new ArgumentException("ProfDClientOptions.Endpoint must be an absolute URL such as http://127.0.0.1:5110/graphql.", nameof(options));
        if (options.MaxRetries is < 0 or > 10)
            throw new ArgumentException("ProfDClientOptions.MaxRetries must be between 0 and 10.", nameof(options));
        _http = http;
        _options = options;
        _tokens = tokens ?? StaticAccessTokenProvider.Anonymous;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Runs <paramref name="operation"/> and returns its data and errors. A partial answer (data and errors) is returned
    /// as it is; an answer without data throws <see cref="ProfDGraphQLException"/> with the errors' codes.
    /// </summary>
    /// <exception cref="ProfDGraphQLException">The server answered with errors and no data.</exception>
    /// <exception cref="HttpRequestException">The server could not be reached, after the retries a query is allowed.</exception>
    public async Task<GraphQLResult<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation, TVariables variables, CancellationToken cancellationToken)
    {
        var attempts = operation.IsQuery ? _options.MaxRetries + 1 : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendAsync(operation, variables, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < attempts && IsTransient(e, cancellationToken))
            {
                var delay = _options.RetryDelay * Math.Pow(2, attempt - 1);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<GraphQLResult<TData>> SendAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation, TVariables variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        var token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new ByteArrayContent(Body(operation, variables));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (IsRetryable(response.StatusCode)) throw new TransientHttpException(response.StatusCode);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not ("application/json" or "application/graphql-response+json"))
            throw new HttpRequestException($"{_options.Endpoint} answered {(int)response.StatusCode} with {mediaType ?? "no content type"}, not a GraphQL response.", null, response.StatusCode);

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var body = await JsonSerializer.DeserializeAsync(stream, operation.Response, cancellationToken).ConfigureAwait(false)
            ?? throw new HttpRequestException($"{_options.Endpoint} answered with an empty body.");
        var errors = (IReadOnlyList<GraphQLError>?)body.Errors ?? [];
        if (body.Data is null) throw new ProfDGraphQLException(errors);
        return new GraphQLResult<TData> { Data = body.Data, Errors = errors };
    }

    private static byte[] Body<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", operation.Document);
            writer.WriteString("operationName", operation.Name);
            writer.WritePropertyName("variables");
            JsonSerializer.Serialize(writer, variables, operation.Variables);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        TransientHttpException => true,
        HttpRequestException { StatusCode: null } => true,
        TaskCanceledException when !cancellationToken.IsCancellationRequested => true,
        _ => false,
    };

    private sealed class TransientHttpException(HttpStatusCode status)
        : HttpRequestException($"The server answered {(int)status}.", null, status);
}
