using ProfD.Cli.Hosting;
using ProfD.Cli.Logging;
using ProfD.Trust.Hosting;

namespace ProfD.Cli.Trust;

/// <summary>Builds the trust to run inside <c>profd</c>, for <c>profd trust</c> and <c>profd demo</c> alike.</summary>
internal static class TrustHost
{
    public static WebApplication Build(TrustSettings settings, string urls, LogLevel logLevel, Action<WebApplicationBuilder>? configure = null) =>
        TrustApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());
            builder.WebHost.UseUrls(urls);
            builder.Services.AddSingleton<IHostLifetime, CommandLineHostLifetime>();
            builder.AddCliLogging(logLevel);
            configure?.Invoke(builder);
        });
}
