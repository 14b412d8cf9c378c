using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Sends one GraphQL subrequest to a node or the trust, forwarding the caller's <c>Authorization</c>,
/// <c>Accept-Language</c> and W3C trace headers, in a client span of its own. Anything but a GraphQL answer is a
/// <see cref="SubgraphUnavailableException"/>.
/// </summary>
internal sealed class SubgraphClient(IHttpClientFactory factory, IHttpContextAccessor accessor)
{
    public const string HttpClientName = "subgraph";

    /// <summary>Set on a subrequest that may be retried: queries only, never mutations.</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("profd.retryable");

    private static readonly string[] ForwardedHeaders = ["Authorization", "Accept-Language", "tracestate"];

    public async Task<SubgraphResponse> PostAsync(
        Uri endpoint, string institution, string query, IReadOnlyDictionary<string, object?> variables, bool retryable, CancellationToken cancellationToken)
    {
        using var activity = GatewayTelemetry.Source.StartActivity($"subgraph {institution}", ActivityKind.Client, CallerContext());
        activity?.SetTag("profd.institution", institution);
        activity?.SetTag("server.address", endpoint.Host);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            // Serialized up front: a known Content-Length, not a chunked body written in pieces.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query, variables })) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Accept.ParseAdd("application/json");
        request.Options.Set(Retryable, retryable);
        Forward(request, activity);

        HttpResponseMessage response;
        try
        {
            response = await factory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw new SubgraphUnavailableException(institution, ex switch
            {
                BrokenCircuitException => "it failed repeatedly, so it is not asked again for a while",
                TimeoutRejectedException or OperationCanceledException => "it did not answer in time",
                _ => "it cannot be reached",
            });
        }

        using (response)
        {
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            {
                activity?.SetStatus(ActivityStatusCode.Error, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                throw new SubgraphUnavailableException(institution, $"it answered HTTP {(int)response.StatusCode}");
            }
            try
            {
                var root = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                if (root.ValueKind != JsonValueKind.Object) throw new JsonException("not an object");
                var data = root.TryGetProperty("data", out var d) ? d : default;
                var errors = root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [];
                if (data.ValueKind == JsonValueKind.Undefined && errors.Count == 0) throw new JsonException("neither data nor errors");
                return new SubgraphResponse(data, errors);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
            {
                activity?.SetStatus(ActivityStatusCode.Error, "garbage");
                throw new SubgraphUnavailableException(institution, "it answered something that is not a GraphQL response");
            }
        }
    }

    // The span's parent: the request's own activity when ASP.NET Core made one, else the caller's traceparent itself.
    private ActivityContext CallerContext()
    {
        if (Activity.Current is { } current) return current.Context;
        var headers = accessor.HttpContext?.Request.Headers;
        return headers is not null && headers.TryGetValue("traceparent", out var parent)
            && ActivityContext.TryParse(parent.ToString(), headers.TryGetValue("tracestate", out var state) ? state.ToString() : null, out var context)
            ? context
            : default;
    }

    private void Forward(HttpRequestMessage request, Activity? activity)
    {
        var caller = accessor.HttpContext?.Request.Headers;
        if (caller is null) return;
        foreach (var name in ForwardedHeaders)
        {
            if (caller.TryGetValue(name, out var values)) request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values!);
        }
        // The span of this subrequest is the parent the node sees; with no listener, the caller's own traceparent goes on.
        var parent = activity?.Id ?? Activity.Current?.Id ?? (caller.TryGetValue("traceparent", out var tp) ? tp.ToString() : null);
        if (parent is not null && parent.StartsWith("00-", StringComparison.Ordinal))
        {
            request.Headers.Remove("traceparent");
            request.Headers.TryAddWithoutValidation("traceparent", parent);
        }
    }
}
