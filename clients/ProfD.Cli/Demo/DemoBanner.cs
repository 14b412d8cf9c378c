using System.Text.Json;

namespace ProfD.Cli.Demo;

/// <summary>What the demo says once it is up: a query to try with curl.</summary>
internal static class DemoBanner
{
    /// <summary>A first query: which institution answered, and a few of its schools.</summary>
    public const string Query = "{ institution { name } schools(first: 3) { totalCount nodes { name nation economy } } }";

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<RunningDemoPart> running)
    {
        var body = JsonSerializer.Serialize(new { query = Query });
        await output.WriteLineAsync();
        await output.WriteLineAsync("Try:");
        await output.WriteLineAsync($"  curl -s {running[0].GraphQL} -H 'Content-Type: application/json' -d '{body}'");
        await output.WriteLineAsync();
        await output.WriteLineAsync("Press Ctrl-C to stop.");
    }
}
