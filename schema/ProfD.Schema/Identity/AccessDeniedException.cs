using ProfD.Schema.Errors;

namespace ProfD.Schema.Identity;

/// <summary>
/// A refused operation: <c>UNAUTHENTICATED</c> when the caller has no token and one would help, <c>FORBIDDEN</c> when
/// the caller is known and may not do this. The message says what is needed, never what exists.
/// </summary>
public sealed class AccessDeniedException : ProfDException
{
    private AccessDeniedException(string code, string message) : base(code, message) { }

    /// <summary>Refuses <paramref name="caller"/>: UNAUTHENTICATED if anonymous, FORBIDDEN otherwise.</summary>
    public static AccessDeniedException For(FederationCaller caller, string what) => caller.IsAuthenticated
        ? new AccessDeniedException(ErrorCodes.Forbidden, $"You may not {what}.")
        : new AccessDeniedException(ErrorCodes.Unauthenticated, $"Log in to {what}.");
}
