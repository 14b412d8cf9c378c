using GraphQL;
using ProfD.Schema.Identity;

namespace ProfD.Trust.Access;

/// <summary>
/// Who may resolve a field: metadata on the field, decided by <see cref="TrustAccessMiddleware"/> before the resolver
/// runs. <see cref="Needs"/> says, for the refusal and the docs, what the caller must be.
/// </summary>
internal sealed class AccessRule(string needs, Func<FederationCaller, IResolveFieldContext, ValueTask<bool>> allows)
{
    public string Needs { get; } = needs;

    /// <summary>Whether no caller is ever refused: the middleware skips the caller lookup for these.</summary>
    public bool IsOpen { get; init; }

    public ValueTask<bool> AllowsAsync(FederationCaller caller, IResolveFieldContext context) => allows(caller, context);

    public static AccessRule When(string needs, Func<FederationCaller, bool> allows) =>
        new(needs, (caller, _) => ValueTask.FromResult(allows(caller)));

    /// <summary>This rule, or <paramref name="other"/>: the first that allows wins.</summary>
    public AccessRule Or(AccessRule other) => new($"{Needs}, or {other.Needs}", async (caller, context) =>
        await AllowsAsync(caller, context).ConfigureAwait(false) || await other.AllowsAsync(caller, context).ConfigureAwait(false));
}
