using System.Diagnostics;
using System.Text.Json;

namespace ProfD.Cli.Demo;

/// <summary>
/// Waits until the demo's gateway routes to every demo node: the trust registers them in the background after it
/// starts, and the banner's cross-node query should answer in full the moment it is printed.
/// </summary>
internal static class DemoGatewayReadiness
{
    public static async Task<bool> WaitAsync(Uri gateway, IReadOnlyCollection<string> institutions, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(gateway, "/health");
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            try
            {
                using var body = JsonDocument.Parse(await http.GetStringAsync(health, cancellationToken));
                var healthy = body.RootElement.GetProperty("nodes").EnumerateArray()
                    .Where(n => n.GetProperty("state").GetString() == "HEALTHY")
                    .Select(n => n.GetProperty("code").GetString())
                    .ToHashSet(StringComparer.Ordinal);
                if (body.RootElement.GetProperty("ready").GetBoolean() && institutions.All(healthy.Contains)) return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException
                || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not up yet, or not answering as expected yet: ask again.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
        return false;
    }
}
