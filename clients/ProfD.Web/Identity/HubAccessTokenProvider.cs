using Microsoft.AspNetCore.Authentication;
using ProfD.Client.Auth;

namespace ProfD.Web.Identity;

/// <summary>The logged-in person's access token from the hub, so the gateway and the nodes decide what they may see; none when anonymous.</summary>
internal sealed class HubAccessTokenProvider(IHttpContextAccessor accessor) : IAccessTokenProvider
{
    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var context = accessor.HttpContext;
        if (context?.User.Identity?.IsAuthenticated != true) return null;
        return await context.GetTokenAsync("access_token");
    }
}
