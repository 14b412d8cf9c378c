using System.Text.Json;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>Reading one GraphQL error.</summary>
public static class GraphQLErrorExtensions
{
    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    public static string? Field(this JsonElement error) =>
        error.GetProperty("extensions").TryGetProperty("field", out var field) ? field.GetString() : null;

    public static string Message(this JsonElement error) => error.GetProperty("message").GetString()!;
}
