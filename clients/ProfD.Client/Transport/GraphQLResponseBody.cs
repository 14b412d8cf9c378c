using System.Text.Json.Serialization;
using ProfD.Client.Errors;

namespace ProfD.Client.Transport;

/// <summary>The JSON body of a GraphQL response.</summary>
/// <typeparam name="TData">The operation's result type.</typeparam>
public sealed class GraphQLResponseBody<TData>
{
    /// <summary>The data, when execution started.</summary>
    [JsonPropertyName("data")]
    public TData? Data { get; init; }

    /// <summary>The errors, when any.</summary>
    [JsonPropertyName("errors")]
    public List<GraphQLError>? Errors { get; init; }
}
