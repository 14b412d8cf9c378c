using System.Net.Http.Json;
using System.Text.Json;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// Waits until the trust's registry lists institutions as ACTIVE: the demo trust registers its nodes in the background
/// after the banner, and the hub only sends people to institutions it knows.
/// </summary>
public static class HubReadiness
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static async Task WaitForInstitutionsAsync(Uri hub, params string[] codes)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var until = DateTime.UtcNow + Deadline;
        var active = new HashSet<string>();
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(hub, "graphql"), new { query = "{ institutions(first: 100) { nodes { code status } } }" });
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
                    active = data.GetProperty("institutions").GetProperty("nodes").EnumerateArray()
                        .Where(i => i.GetProperty("status").GetString() == "ACTIVE")
                        .Select(i => i.GetProperty("code").GetString()!)
                        .ToHashSet();
                if (codes.All(active.Contains)) return;
            }
            catch (HttpRequestException)
            {
                // The trust is still starting.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The hub at {hub} never listed {string.Join(", ", codes)} as ACTIVE (it has {string.Join(", ", active)}).");
    }
}
