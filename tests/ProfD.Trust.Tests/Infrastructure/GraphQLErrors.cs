using System.Text.Json;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>Reading the errors of a GraphQL response.</summary>
public static class GraphQLErrors
{
    public static JsonElement Single(JsonElement body)
    {
        Assert.True(body.TryGetProperty("errors", out var errors), $"Expected an error, got {body}");
        return Assert.Single(errors.EnumerateArray());
    }

    public static string CodeOf(JsonElement body) => Single(body).GetProperty("extensions").GetProperty("code").GetString()!;

    public static string MessageOf(JsonElement body) => Single(body).GetProperty("message").GetString()!;
}
