namespace ProfD.Client.Errors;

/// <summary>
/// The server answered with errors and no usable data. <see cref="Errors"/> holds each with its stable code;
/// <see cref="Code"/> is the first one's.
/// </summary>
public sealed class ProfDGraphQLException(IReadOnlyList<GraphQLError> errors)
    : Exception(errors.Count == 0 ? "The GraphQL request failed." : string.Join(" ", errors.Select(e => e.Message)))
{
    /// <summary>Every error the server returned.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    /// <summary>The first error's <c>extensions.code</c>.</summary>
    public string? Code => Errors.FirstOrDefault()?.Code;
}
