using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Registry;

/// <summary>
/// Sends one GraphQL request to a node and returns its <c>data</c>, within <see cref="TrustOptions.NodeTimeout"/>.
/// Every way a node can fail to answer becomes a <see cref="NodeCallException"/> whose message a person can act on.
/// </summary>
internal sealed class NodeClient(HttpClient http, IOptions<TrustOptions> options)
{
    public const string HttpClientName = "nodes";

    public async Task<JsonElement> QueryAsync(string endpoint, string query, object? variables, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.NodeTimeout);
        HttpResponseMessage response;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = JsonContent.Create(new { query, variables }),
            };
            request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NodeCallException($"{endpoint} did not answer within {options.Value.NodeTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            throw new NodeCallException($"{endpoint} cannot be reached: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new NodeCallException($"{endpoint} is not an address the trust can call: {ex.Message}", ex);
        }

        using (response)
        {
            JsonElement body;
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new NodeCallException($"{endpoint} did not finish answering within {options.Value.NodeTimeout.TotalSeconds:0.#} s.");
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or HttpRequestException)
            {
                throw new NodeCallException($"{endpoint} answered HTTP {(int)response.StatusCode} without a GraphQL response (not JSON).", ex);
            }
            if (body.ValueKind != JsonValueKind.Object)
                throw new NodeCallException($"{endpoint} answered HTTP {(int)response.StatusCode} with JSON that is not a GraphQL response.");
            if (body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0].TryGetProperty("message", out var message) ? message.GetString() : errors[0].ToString();
                throw new NodeCallException($"{endpoint} answered with an error: {first}");
            }
            if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                throw new NodeCallException($"{endpoint} answered HTTP {(int)response.StatusCode} with no GraphQL data.");
            return data.Clone();
        }
    }
}
