using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ProfD.Schema.Tests.Http;

/// <summary>Sends GraphQL-over-HTTP requests the way clients do, one line per test.</summary>
public static class GraphQLHttpClientExtensions
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string RequestBody(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new { query, operationName, variables });

    public static Task<GraphQLHttpResponse> PostGraphQLAsync(
        this HttpClient client, string body, string? accept = GraphQLResponseJson, string contentType = Json) =>
        client.SendGraphQLAsync(HttpMethod.Post, "/graphql", accept, new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)));

    public static Task<GraphQLHttpResponse> GetGraphQLAsync(
        this HttpClient client, string query, string? variables = null, string? operationName = null, string? accept = GraphQLResponseJson)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null) parameters.Add("variables=" + Uri.EscapeDataString(variables));
        if (operationName is not null) parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        return client.SendGraphQLAsync(HttpMethod.Get, "/graphql?" + string.Join('&', parameters), accept);
    }

    public static async Task<GraphQLHttpResponse> SendGraphQLAsync(
        this HttpClient client, HttpMethod method, string uri, string? accept = GraphQLResponseJson, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        return await GraphQLHttpResponse.ReadAsync(response);
    }
}
