using System.Net;

namespace ProfD.Trust.Identity;

/// <summary>
/// The hub's endpoints answer over plain HTTP only on loopback (development, tests, the harvester calling its own
/// trust); anything else must come over HTTPS (directly or through a proxy that says so).
/// </summary>
internal sealed class HubTransportSecurity(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if ((path.StartsWithSegments("/connect") || path.StartsWithSegments("/.well-known")) && !http.Request.IsHttps
            && !(http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)))
        {
            await Results.Problem(
                title: "HTTPS required",
                detail: "The login hub answers over HTTPS only (plain HTTP is allowed from this machine alone). Use the https:// address of the trust.",
                statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
            return;
        }
        await next(http);
    }
}
