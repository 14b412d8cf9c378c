using System.Net;

namespace ProfD.Node.Identity;

/// <summary>
/// Refuses login and token traffic over plain HTTP unless it comes from this machine: HTTP is for development on
/// loopback only. First in the pipeline, before OpenIddict answers its endpoints inside the authentication middleware.
/// </summary>
internal sealed class HttpsOrLoopbackFilter : IStartupFilter
{
    public const string Message = "Sign-in needs HTTPS: plain HTTP is accepted only from this machine (loopback), for development.";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (IsGuarded(context.Request.Path) && !context.Request.IsHttps && !IsLocal(context.Connection.RemoteIpAddress))
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "HTTPS required", detail: Message).ExecuteAsync(context);
                return;
            }
            await following(context);
        });
        next(app);
    };

    private static bool IsGuarded(PathString path) =>
        path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);

    // No remote address means no network peer at all (in-process test host, Unix socket).
    private static bool IsLocal(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
