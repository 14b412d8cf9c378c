using ProfD.Client.Errors;

namespace ProfD.Client.Transport;

/// <summary>
/// An answer: the data, and the errors that came with it. A federated answer can be partial: some data and, for
/// example, a <c>NODE_UNAVAILABLE</c> error naming the node whose part is missing.
/// </summary>
/// <typeparam name="TData">The operation's result type.</typeparam>
public sealed class GraphQLResult<TData>
{
    /// <summary>The data, or null when the request failed before execution.</summary>
    public TData? Data { get; init; }

    /// <summary>The errors; empty when everything was answered.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>The data, or a <see cref="ProfDGraphQLException"/> when there is none.</summary>
    public TData GetDataOrThrow() => Data ?? throw new ProfDGraphQLException(Errors);
}
