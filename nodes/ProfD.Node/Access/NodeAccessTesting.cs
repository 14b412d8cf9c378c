using Microsoft.Extensions.DependencyInjection;

namespace ProfD.Node.Access;

/// <summary>
/// For tests written before logins, which drive a node anonymously: lets every request do everything, and ignores the
/// bearer tokens a hub-equipped trust or gateway sends to its GraphQL endpoint (such a node has no hub to check them
/// against). Production code never calls this; the tests of the rules themselves leave it out.
/// </summary>
internal static class NodeAccessTesting
{
    public static IServiceCollection PermitAll(IServiceCollection services) => services
        .AddSingleton<PermitAllNodeAccess>()
        .AddSingleton<IStartupFilter, TokenIgnoringStartupFilter>();

    private sealed class TokenIgnoringStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Path.StartsWithSegments("/graphql")) context.Request.Headers.Authorization = default;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
