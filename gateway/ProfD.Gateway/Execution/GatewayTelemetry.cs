using System.Diagnostics;

namespace ProfD.Gateway.Execution;

/// <summary>The gateway's OpenTelemetry source: one client span per subrequest, so one trace shows the whole fan-out.</summary>
internal static class GatewayTelemetry
{
    public const string SourceName = "ProfD.Gateway";

    public static readonly ActivitySource Source = new(SourceName);
}
