using GraphQL;
using GraphQL.Types;
using ProfD.Gateway.Membership;
using ProfD.Schema.Errors;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Runs a caller's request on the current federation snapshot: its composed schema, with a <see cref="GatewayRequest"/>
/// in the user context; then adds the errors the subrequests collected.
/// </summary>
internal sealed class GatewayDocumentExecuter(IDocumentExecuter inner, FederationState state) : IDocumentExecuter<ISchema>
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        var snapshot = state.Current;
        if (snapshot.Schema is null)
        {
            var message = "The gateway has no composed schema yet: " + (snapshot.TrustError ?? snapshot.CompositionError ?? "it has not reached the trust.");
            return new ExecutionResult { Errors = [new ExecutionError(message, new ProfDException(ErrorCodes.NodeUnavailable, message))] };
        }
        var request = new GatewayRequest(snapshot, options.Variables ?? Inputs.Empty);
        options.Schema = snapshot.Schema;
        options.UserContext = new Dictionary<string, object?> { [GatewayRequest.Key] = request };
        var result = await inner.ExecuteAsync(options);
        if (!request.Errors.IsEmpty)
        {
            result.Errors ??= [];
            foreach (var error in request.Errors) result.Errors.Add(error);
        }
        return result;
    }
}
