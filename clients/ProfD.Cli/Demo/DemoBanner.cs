using System.Text.Json;

namespace ProfD.Cli.Demo;

/// <summary>What the demo says once it is up: a query to try with curl at one node, and a cross-node one at the gateway.</summary>
internal static class DemoBanner
{
    /// <summary>A first query: which institution answered, and a few of its schools.</summary>
    public const string Query = "{ institution { name } schools(first: 3) { totalCount nodes { name nation economy } } }";

    /// <summary>Through the gateway: schools from every node, each with its triangle (from the trust) and that triangle's schools (from their home nodes).</summary>
    public const string GatewayQuery = "{ schools(first: 3, orderBy: [{field: NAME}]) { totalCount nodes { name nation triangle { schools { name nation economy } } } } }";

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<RunningDemoPart> running)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync("Try:");
        await output.WriteLineAsync($"  curl -s {running[0].GraphQL} -H 'Content-Type: application/json' -d '{JsonSerializer.Serialize(new { query = Query })}'");
        if (running.FirstOrDefault(r => r.Part == DemoGateway.Part) is { } gateway)
        {
            await output.WriteLineAsync("and across every node, through the gateway:");
            await output.WriteLineAsync($"  curl -s {gateway.GraphQL} -H 'Content-Type: application/json' -d '{JsonSerializer.Serialize(new { query = GatewayQuery })}'");
        }
        await output.WriteLineAsync();
        await output.WriteLineAsync("Press Ctrl-C to stop.");
    }
}
