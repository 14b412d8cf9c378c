using ProfD.Cli.CommandLine;
using ProfD.Cli.Hosting;

namespace ProfD.Cli.Demo;

/// <summary>
/// A small federation on loopback, every server a web host inside this one process with its own port and its own data
/// under one folder. Parts start in the order of <see cref="Parts"/>, so a part can use the ones before it.
/// </summary>
internal sealed class DemoFederation(string dataDirectory, int portBase, TextWriter output)
{
    /// <summary>The demo's servers in start order: the web front-end last, over the gateway.</summary>
    public static IReadOnlyList<DemoPart> Parts { get; } =
    [
        .. DemoNodes.All(),
        DemoTrust.Part,
        DemoGateway.Part,
        DemoWeb.Part,
    ];

    /// <summary>The largest port offset any part uses, so <c>--port-base</c> can be checked up front.</summary>
    public static int MaxPortOffset => Parts.Max(p => p.PortOffset);

    /// <summary>Starts every part, says where they are, and runs them until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(dataDirectory);
        await output.WriteLineAsync($"Starting the ProfD demo federation; data in {folder}");

        await using var hosts = new HostGroup();
        var running = new List<RunningDemoPart>();
        foreach (var part in Parts)
        {
            var url = new Uri($"http://127.0.0.1:{portBase + part.PortOffset}/");
            var site = new DemoSite(folder, url, running.ToList());
            try
            {
                await hosts.StartAsync(part.Name, () => part.Build(site), cancellationToken);
            }
            catch (CliFailure failure) when (failure.IsAddressInUse)
            {
                throw failure.Rewritten(message => $"{message} Choose another --port-base.");
            }
            running.Add(new RunningDemoPart(part, url));
            var address = part == DemoWeb.Part ? url.ToString() : url.ToString().TrimEnd('/') + "/graphql";
            await output.WriteLineAsync($"  {part.Name,-16} {address,-32} {part.Summary}");
        }

        if (running.FirstOrDefault(r => r.Part == DemoGateway.Part) is { } gateway
            && !await DemoGatewayReadiness.WaitAsync(gateway.Url, ProfD.Node.Demo.DemoInstitutions.Codes, TimeSpan.FromSeconds(60), cancellationToken))
            await output.WriteLineAsync($"  The gateway does not route to every node yet; {gateway.Url}health says which.");
        await DemoBanner.WriteAsync(output, running, folder);
        await hosts.WaitAsync(cancellationToken);
        await output.WriteLineAsync("Stopping the demo federation.");
    }
}
