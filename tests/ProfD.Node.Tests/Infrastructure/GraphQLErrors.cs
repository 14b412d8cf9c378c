using System.Text.Json;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>Reading the errors of a GraphQL response.</summary>
public static class GraphQLErrors
{
    public static IReadOnlyList<string> Codes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];

    public static JsonElement Single(JsonElement body)
    {
        Assert.True(body.TryGetProperty("errors", out var errors), $"Expected an error, got {body}");
        return Assert.Single(errors.EnumerateArray());
    }
}
