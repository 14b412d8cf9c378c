using System.Text.Json;

namespace ProfD.Schema.Tests.Http;

/// <summary>What a test needs from an HTTP response: status, media type, <c>Allow</c> and the parsed JSON body.</summary>
public sealed record GraphQLHttpResponse(int StatusCode, string? MediaType, string? Charset, string? Allow, string Body)
{
    public JsonElement Json { get; } = JsonDocument.Parse(Body).RootElement;

    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        Json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString()).ToList()
            : [];

    public string? FirstErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString();

    public bool HasData => Json.TryGetProperty("data", out _);

    public static async Task<GraphQLHttpResponse> ReadAsync(HttpResponseMessage message)
    {
        var contentType = message.Content.Headers.ContentType;
        var allow = message.Content.Headers.Allow;
        return new GraphQLHttpResponse(
            (int)message.StatusCode,
            contentType?.MediaType,
            contentType?.CharSet,
            allow.Count == 0 ? null : string.Join(", ", allow),
            await message.Content.ReadAsStringAsync());
    }
}
