using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfD.Cli.CommandLine;

/// <summary>Posts one GraphQL document for a command, turning an unreachable or non-GraphQL server into a one-line failure.</summary>
internal static class GraphQLCall
{
    public static async Task<GraphQLAnswer> PostAsync(
        HttpClient http, Uri endpoint, string document, JsonObject? variables, CancellationToken cancellationToken, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = document, ["variables"] = variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Accept.ParseAdd("application/json;q=0.9");
        if (accessToken is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await SendAsync(http, request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? answer;
        try
        {
            answer = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            answer = null;
        }
        if (answer is null) throw new CliFailure(ExitCodes.Failure, $"{endpoint} answered {(int)response.StatusCode} without a GraphQL response.");
        var errors = answer["errors"] is JsonArray list ? list.OfType<JsonObject>().ToList() : [];
        return new GraphQLAnswer(answer["data"] as JsonObject, errors);
    }

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        try
        {
            return await http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliFailure(ExitCodes.Failure, $"Could not reach {request.RequestUri}: {e.Message}");
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure(ExitCodes.Failure, $"{request.RequestUri} did not answer within {http.Timeout.TotalSeconds:0}s.", e);
        }
    }
}
