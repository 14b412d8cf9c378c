using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfD.Client.Errors;

/// <summary>One error of a GraphQL response, as the server sent it.</summary>
public sealed class GraphQLError
{
    /// <summary>What went wrong, for a person.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init; } = "";

    /// <summary>Where in the answer: field names and list indexes.</summary>
    [JsonPropertyName("path")]
    public IReadOnlyList<JsonElement>? Path { get; init; }

    /// <summary>The error's extensions; <see cref="Code"/> reads the stable code.</summary>
    [JsonPropertyName("extensions")]
    public Dictionary<string, JsonElement>? Extensions { get; init; }

    /// <summary>The stable <c>extensions.code</c>, for example <c>BAD_USER_INPUT</c> or <c>NODE_UNAVAILABLE</c>.</summary>
    public string? Code => Extension("code");

    /// <summary>The institution a <c>NODE_UNAVAILABLE</c> error names.</summary>
    public string? Institution => Extension("institution");

    /// <summary>The input field a <c>BAD_USER_INPUT</c> error names.</summary>
    public string? Field => Extension("field");

    private string? Extension(string name) =>
        Extensions is not null && Extensions.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
