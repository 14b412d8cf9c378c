using ProfD.Cli.Hosting;
using ProfD.Cli.Logging;
using ProfD.Gateway.Hosting;

namespace ProfD.Cli.Gateway;

/// <summary>Builds the gateway to run inside <c>profd</c>, for <c>profd gateway</c> and <c>profd demo</c> alike.</summary>
internal static class GatewayHost
{
    public static WebApplication Build(GatewaySettings settings, string urls, LogLevel logLevel) =>
        GatewayApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());
            builder.WebHost.UseUrls(urls);
            builder.Services.AddSingleton<IHostLifetime, CommandLineHostLifetime>();
            builder.AddCliLogging(logLevel);
        });
}
