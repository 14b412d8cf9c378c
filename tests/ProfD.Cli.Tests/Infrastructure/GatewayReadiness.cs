using System.Net.Http.Json;
using System.Text.Json;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// Waits until the demo's gateway routes to all three nodes and answers the trust's registry, and (for the library)
/// until the harvest has filled it: what the demo does in the background after it prints its banner.
/// </summary>
public static class GatewayReadiness
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static Task WaitForNodesAsync(DemoFederationProcess demo) => UntilAsync(demo, "{ institutions(first: 100) { nodes { code health { reachable } } } }",
        data => data.GetProperty("institutions").GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("health").GetProperty("reachable").GetBoolean()) == 3,
        healthy: true);

    public static Task WaitForLibraryAsync(DemoFederationProcess demo) => UntilAsync(demo, "{ library(first: 0) { facets { institution { value } } } }",
        data => data.GetProperty("library").GetProperty("facets").GetProperty("institution").GetArrayLength() == 3,
        healthy: true);

    private static async Task UntilAsync(DemoFederationProcess demo, string query, Func<JsonElement, bool> done, bool healthy)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var health = new Uri(new Uri(demo.Gateway), "/health");
        var until = DateTime.UtcNow + Deadline;
        var last = "";
        while (true)
        {
            var response = await demo.GatewayAsync(query, accessToken: null);
            var gateway = await http.GetFromJsonAsync<JsonElement>(health);
            last = $"{response}\n{gateway}";
            var nodesHealthy = !healthy || gateway.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("state").GetString() == "HEALTHY") == 3;
            if (nodesHealthy && !response.TryGetProperty("errors", out _) && response.TryGetProperty("data", out var data) && done(data)) return;
            // A deadline, not a timing assertion: only a demo that never gets there fails.
            if (DateTime.UtcNow > until) throw new TimeoutException($"The demo's gateway was not ready within {Deadline.TotalSeconds}s: {query}\n{last}\n{demo.Transcript}");
            await Task.Delay(500);
        }
    }
}
