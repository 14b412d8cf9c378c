using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace ProfD.Cli.Logging;

internal static class CliLoggingWebApplicationBuilderExtensions
{
    /// <summary>
    /// Logs to the console one line per entry (<see cref="CompactConsoleFormatter"/>): ProfD's own messages from
    /// <paramref name="level"/> up, the framework's warnings and errors only. The host's own start and stop failures
    /// are left out because the command reports them itself, as its one-line error; so is EF Core's own line about a
    /// database it cannot reach (at start the command reports it; later the GraphQL error log names the failure).
    /// </summary>
    public static WebApplicationBuilder AddCliLogging(this WebApplicationBuilder builder, LogLevel level)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.FormatterName = CompactConsoleFormatter.FormatterName);
        builder.Logging.AddConsoleFormatter<CompactConsoleFormatter, ConsoleFormatterOptions>();
        builder.Logging.SetMinimumLevel(level);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Warning);
        // Polly logs every attempt of every subrequest at Information: a line per node per query through the gateway.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None);
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
