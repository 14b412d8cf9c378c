using GraphQL;
using ProfD.Schema.Errors;
using ProfD.Schema.Identity;
using ProfD.Trust.Access;

namespace ProfD.Trust.Community;

/// <summary>
/// The optional <c>actingPerson</c> argument: it defaults to the caller, and naming anyone else is FORBIDDEN (a
/// person acts only as themselves). Under <see cref="TrustAccessTesting.PermitAll"/> the argument is taken at its word.
/// </summary>
internal static class ActingPersonArgument
{
    public const string Name = "actingPerson";

    public static ActingAs ActingAs(this IResolveFieldContext context)
    {
        var named = context.GetArgument<string?>(Name);
        var caller = FederationCaller.From(context.User);
        var isTrustAdmin = caller.IsPerson && caller.HasRole(FederationRoles.TrustAdmin);
        if (context.RequestServices!.GetRequiredService<TrustAccessPolicy>().PermitsEverything)
            return new ActingAs(named ?? caller.PersonId, isTrustAdmin && (named is null || named == caller.PersonId));
        if (named is not null && !string.Equals(named, caller.PersonId, StringComparison.Ordinal))
            throw caller.IsAuthenticated
                ? new ProfDException(ErrorCodes.Forbidden, $"You may act only as yourself; leave out '{Name}' or give your own ID.", Name)
                : AccessDeniedException.For(caller, "act in the community");
        return new ActingAs(caller.PersonId, isTrustAdmin);
    }
}
