namespace ProfD.Cli.Demo;

/// <summary>
/// One server of the demo federation: a name for messages, a one-line summary, its port (as an offset from
/// <c>--port-base</c>) and how to build it once the parts before it are running.
/// </summary>
internal sealed record DemoPart(string Name, string Summary, int PortOffset, Func<DemoSite, WebApplication> Build);

/// <summary>What a <see cref="DemoPart"/> is built with: its data folder, its own address and the parts already running.</summary>
internal sealed record DemoSite(string DataDirectory, Uri Url, IReadOnlyList<RunningDemoPart> Running);

/// <summary>A started part and the address it answers on.</summary>
internal sealed record RunningDemoPart(DemoPart Part, Uri Url)
{
    public Uri GraphQL => new(Url, "/graphql");
}
