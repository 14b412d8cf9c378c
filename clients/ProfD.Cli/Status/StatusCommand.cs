using System.CommandLine;
using System.Text.Json;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Status;

/// <summary>
/// <c>profd status</c>: every node's health, schema version and harvest lag, through the gateway, as a table or as JSON.
/// </summary>
internal sealed class StatusCommand : Command
{
    private readonly Option<string> _gateway = GatewayAddress.Option();

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print JSON for scripts instead of a table.",
    };

    public StatusCommand()
        : base("status", "Show every node's health, schema version and harvest lag through the gateway; exit 1 if the gateway cannot be reached.")
    {
        Add(_gateway);
        Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var gateway = GatewayAddress.Parse(parsed.GetRequiredValue(_gateway));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var status = await FederationStatus.GatherAsync(http, gateway, cancellationToken);
        var output = parsed.InvocationConfiguration.Output;
        if (parsed.GetValue(_json))
        {
            await output.WriteLineAsync(status.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }

        var g = status.Gateway;
        var trust = g["trustReachable"]?.GetValue<bool>() == true ? "reachable" : $"unreachable ({g["trustError"]})";
        await output.WriteLineAsync($"Gateway {gateway.Root}: {g["status"]}; trust {g["trust"]} {trust}.");
        var table = new TextTable("node", "status", "gateway", "reachable", "schema", "harvest lag", "error");
        foreach (var node in status.Nodes)
            table.Add(node.Code, node.Status, node.GatewayState, YesNo(node.Reachable), node.SchemaVersion, Lag(node.HarvestLagSeconds), node.LastError);
        await output.WriteAsync(table.ToString());
        var problems = g["problems"] is System.Text.Json.Nodes.JsonArray list ? list.Select(p => p?.ToString()) : [];
        foreach (var problem in problems.Concat(status.Errors)) await output.WriteLineAsync($"! {problem}");
        return ExitCodes.Ok;
    }

    private static string? YesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    /// <summary>A lag a person reads at a glance: 42s, 5m 03s, 2h 10m, 3d 4h; "never" before the first harvest.</summary>
    internal static string Lag(long? seconds) => seconds switch
    {
        null => "never",
        < 60 => $"{seconds}s",
        < 3600 => $"{seconds / 60}m {seconds % 60:00}s",
        < 86400 => $"{seconds / 3600}h {seconds % 3600 / 60:00}m",
        _ => $"{seconds / 86400}d {seconds % 86400 / 3600}h",
    };
}
