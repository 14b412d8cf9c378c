namespace ProfD.Schema.Http;

/// <summary>
/// A request that is not a well-formed GraphQL-over-HTTP request. The handler answers it with
/// <see cref="StatusCode"/> and a GraphQL-shaped error carrying this message.
/// </summary>
internal sealed class GraphQLHttpRequestException(int statusCode, string message, string? allow = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The <c>Allow</c> header to send with a <c>405</c>.</summary>
    public string? Allow { get; } = allow;
}
