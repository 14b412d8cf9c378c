using ProfD.Cli.Hosting;
using ProfD.Cli.Logging;
using ProfD.Node.Hosting;

namespace ProfD.Cli.Nodes;

/// <summary>Builds an institution node to run inside <c>profd</c>, for <c>profd node</c> and <c>profd demo</c> alike.</summary>
internal static class NodeHost
{
    /// <summary>
    /// A node with <paramref name="settings"/>, listening on <paramref name="urls"/> (';'-separated), logging from
    /// <paramref name="logLevel"/> up and leaving Ctrl-C to the command.
    /// </summary>
    public static WebApplication Build(NodeSettings settings, string urls, LogLevel logLevel) =>
        NodeApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());
            builder.WebHost.UseUrls(urls);
            builder.Services.AddSingleton<IHostLifetime, CommandLineHostLifetime>();
            builder.AddCliLogging(logLevel);
        });
}
