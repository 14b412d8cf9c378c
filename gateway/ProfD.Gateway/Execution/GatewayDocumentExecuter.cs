using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using ProfD.Gateway.Hosting;
using ProfD.Gateway.Membership;
using ProfD.Schema.Errors;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Runs a caller's request on the current federation snapshot: its composed schema, with a <see cref="GatewayRequest"/>
/// in the user context; then adds the errors the subrequests collected.
/// </summary>
internal sealed class GatewayDocumentExecuter(IDocumentExecuter inner, FederationState state, SubgraphClient client, IOptions<GatewayOptions> options) : IDocumentExecuter<ISchema>
{
    // Of the core rules only this one reads argument values, which variables can change between requests.
    private static readonly IValidationRule[] VariableRules = [.. DocumentValidator.CoreRules.OfType<GraphQL.Validation.Rules.FieldArgumentsAreValidRule>()];

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution)
    {
        var snapshot = state.Current;
        if (snapshot.Schema is null)
        {
            var message = snapshot.RefreshedAt is null
                ? "The gateway is still reading the trust's registry and the nodes' schemas; try again in a moment."
                : "The gateway has no composed schema yet: " + (snapshot.TrustError ?? snapshot.CompositionError ?? "it has not reached the trust.");
            return new ExecutionResult { Errors = [new ExecutionError(message, new ProfDException(ErrorCodes.NodeUnavailable, message))] };
        }
        var request = new GatewayRequest(snapshot, execution.Variables ?? Inputs.Empty, execution.Query, options.Value.MaxSubrequests, client);
        execution.Schema = snapshot.Schema;
        execution.UserContext = new Dictionary<string, object?> { [GatewayRequest.Key] = request };
        // A document already validated against this schema needs only the rules that look at variables.
        var documents = snapshot.Composed?.Documents;
        var validated = execution.Query is { } query ? documents?.Find(query) : null;
        if (validated is not null)
        {
            execution.Document = validated;
            execution.ValidationRules = VariableRules;
        }
        else if (!options.Value.Introspection) execution.ValidationRules = [.. DocumentValidator.CoreRules, NoIntrospectionValidationRule.Instance];
        var result = await inner.ExecuteAsync(execution);
        if (validated is null && result.Executed && execution.Query is not null && result.Document is not null) documents?.Add(execution.Query, result.Document);
        if (!request.Errors.IsEmpty)
        {
            var errors = new ExecutionErrors();
            foreach (var error in result.Errors ?? []) if (!IsExplainedNull(error, [.. request.Errors])) errors.Add(error);
            foreach (var error in request.Errors) errors.Add(error);
            result.Errors = errors;
        }
        return result;
    }

    /// <summary>
    /// A non-null field the gateway could not fill is already explained by its own error (the node that is down, the
    /// ID that is malformed); GraphQL.NET's "cannot return null" for the same place would only say it again, as INTERNAL.
    /// </summary>
    private static bool IsExplainedNull(ExecutionError error, IReadOnlyList<ExecutionError> explained) =>
        error is UnhandledError { InnerException: InvalidOperationException inner }
        && inner.Message.StartsWith("Cannot return null for a non-null type", StringComparison.Ordinal)
        && explained.Any(x => IsWithin(x.Path, error.Path));

    // The explaining error is at the null's place or below it (a node's part of a list that then nulled its parent).
    private static bool IsWithin(IEnumerable<object>? explaining, IEnumerable<object>? nulled)
    {
        if (explaining is null || nulled is null) return false;
        var outer = nulled.Select(p => p.ToString()).ToList();
        var inner = explaining.Select(p => p.ToString()).ToList();
        return inner.Count >= outer.Count && inner.Take(outer.Count).SequenceEqual(outer);
    }
}
