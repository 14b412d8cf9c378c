using ProfD.Gateway.Membership;
using ProfD.Schema.Identity;

namespace ProfD.Gateway.Identity;

/// <summary>
/// Refuses, with 401 and before any subrequest, a valid token whose person belongs to an institution that is no longer
/// in the trust's registry: the hub stops issuing them, and this closes the window until the token expires.
/// </summary>
internal sealed class FormerMemberTokenMiddleware(RequestDelegate next, FederationState federation)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var caller = FederationCaller.From(context.User);
        var snapshot = federation.Current;
        // Only a registry the gateway has read can say who left; before that the gateway is not ready anyway.
        if (caller.IsPerson && snapshot.TrustReachable && snapshot.Statuses.All(node => node.Code != caller.HomeInstitution))
        {
            await UnauthenticatedResponse.WriteAsync(context, $"'{caller.HomeInstitution}' is no longer a member of the federation; its people's tokens are refused.");
            return;
        }
        await next(context);
    }
}
