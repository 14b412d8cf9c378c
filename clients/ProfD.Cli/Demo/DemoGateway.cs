using ProfD.Cli.Gateway;

namespace ProfD.Cli.Demo;

/// <summary>
/// The demo's gateway, at port base + 4, over the trust started before it. It re-reads the registry every two seconds,
/// so the nodes the trust registers in the background appear within moments.
/// </summary>
internal static class DemoGateway
{
    public const int PortOffset = 4;

    public static DemoPart Part { get; } = new(
        "gateway",
        "the gateway: one GraphQL API over the trust and every node",
        PortOffset,
        site => GatewayHost.Build(
            new GatewaySettings(site.Running.Single(r => r.Part == DemoTrust.Part).GraphQL.ToString()) { RefreshInterval = TimeSpan.FromSeconds(2) },
            site.Url.ToString(),
            LogLevel.Warning));
}
