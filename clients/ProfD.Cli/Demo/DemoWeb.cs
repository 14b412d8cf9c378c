using ProfD.Cli.Hosting;
using ProfD.Cli.Logging;
using ProfD.Web.Hosting;

namespace ProfD.Cli.Demo;

/// <summary>
/// The demo's web front-end, at port base + 5 (<see cref="DemoTrust.WebPortOffset"/>), the last part: it reads
/// everything through the gateway started before it, and the trust's hub is where people log in.
/// </summary>
internal static class DemoWeb
{
    public static DemoPart Part { get; } = new(
        "web",
        "the web front-end: library, exhibitions, triangles, mentors, dashboard",
        DemoTrust.WebPortOffset,
        site => WebFrontEndApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{WebFrontEndOptions.Section}:{nameof(WebFrontEndOptions.Gateway)}"] = site.Running.Single(r => r.Part == DemoGateway.Part).GraphQL.ToString(),
                [$"{WebFrontEndOptions.Section}:{nameof(WebFrontEndOptions.Hub)}"] = site.Running.Single(r => r.Part == DemoTrust.Part).Url.ToString(),
            });
            builder.WebHost.UseUrls(site.Url.ToString());
            builder.Services.AddSingleton<IHostLifetime, CommandLineHostLifetime>();
            builder.AddCliLogging(LogLevel.Warning);
        }));
}
