using System.Text.Json;
using ProfD.Node.Demo;

namespace ProfD.Cli.Demo;

/// <summary>
/// What the demo says once it is up: the web front-end's address first, a query to try with curl at one node, a cross-node one at the gateway, and the
/// demo accounts to log in with through the trust's hub.
/// </summary>
internal static class DemoBanner
{
    /// <summary>A first query: which institution answered, and a few of its schools.</summary>
    public const string Query = "{ institution { name } schools(first: 3) { totalCount nodes { name nation economy } } }";

    /// <summary>Through the gateway: schools from every node, each with its triangle (from the trust) and that triangle's schools (from their home nodes).</summary>
    public const string GatewayQuery = "{ schools(first: 3, orderBy: [{field: NAME}]) { totalCount nodes { name nation triangle { schools { name nation economy } } } } }";

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<RunningDemoPart> running, string dataDirectory)
    {
        await output.WriteLineAsync();
        if (running.FirstOrDefault(r => r.Part == DemoWeb.Part) is { } web)
        {
            await output.WriteLineAsync($"Open {web.Url} in a browser: the library, exhibitions, triangles, mentors and the trust's dashboard.");
            await output.WriteLineAsync();
        }
        await output.WriteLineAsync("Try:");
        await output.WriteLineAsync($"  curl -s {running[0].GraphQL} -H 'Content-Type: application/json' -d '{JsonSerializer.Serialize(new { query = Query })}'");
        if (running.FirstOrDefault(r => r.Part == DemoGateway.Part) is { } gateway)
        {
            await output.WriteLineAsync("and across every node, through the gateway:");
            await output.WriteLineAsync($"  curl -s {gateway.GraphQL} -H 'Content-Type: application/json' -d '{JsonSerializer.Serialize(new { query = GatewayQuery })}'");
        }
        await WriteLoginsAsync(output, running, dataDirectory);
        await output.WriteLineAsync();
        await output.WriteLineAsync("Press Ctrl-C to stop.");
    }

    private static async Task WriteLoginsAsync(TextWriter output, IReadOnlyList<RunningDemoPart> running, string dataDirectory)
    {
        var hub = running.FirstOrDefault(r => r.Part == DemoTrust.Part);
        var logins = running
            .Where(r => r.Part.Name.StartsWith("node ", StringComparison.Ordinal))
            .Select(r => DemoLogins.Read(dataDirectory, r.Part.Name["node ".Length..]))
            .OfType<DemoLogins>()
            .ToList();
        if (hub is null || logins.Count == 0) return;

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Log in through the trust's hub as any demo account, password {logins[0].Password}:");
        var gateway = running.FirstOrDefault(r => r.Part == DemoGateway.Part)?.GraphQL ?? running[0].GraphQL;
        await output.WriteLineAsync($"  profd login --hub {hub.Url}   then   profd query --endpoint {gateway} '{{ candidates(first: 3) {{ totalCount }} }}'");
        // One line per role: the same five accounts exist at every node, trust-admin@ at the first only.
        foreach (var role in logins.SelectMany(l => l.Accounts).GroupBy(a => a.Email[..a.Email.IndexOf('@')]))
        {
            var institutions = role.Select(a => a.Email[(a.Email.IndexOf('@') + 1)..^".demo".Length]).ToList();
            var where = institutions.Count == 1 ? institutions[0] : "{" + string.Join('|', institutions) + "}";
            await output.WriteLineAsync($"  {role.Key}@{where}.demo".PadRight(48) + role.First().Purpose);
        }
    }
}
