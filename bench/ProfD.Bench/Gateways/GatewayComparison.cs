using System.Globalization;
using System.Text;

namespace ProfD.Bench.Gateways;

/// <summary>
/// <c>dotnet run -c Release --project bench/ProfD.Bench -- gateways</c>: the trust and one node (uclioe, demo data) as
/// processes, and over them ProfD's gateway, Apollo Gateway and Hive Gateway; the same queries at the same concurrency
/// through each in turn, and the node asked directly as the floor. Prints Markdown tables.
/// </summary>
internal static class GatewayComparison
{
    public const string Spanning = "{ schools(first: 20) { totalCount nodes { id name nation triangle { id } } } }";
    public const string SpanningNodePart = "{ schools(first: 20) { totalCount nodes { id name nation } } }";

    public static async Task<int> RunAsync(Options options)
    {
        using var federation = Federation.Create();
        Console.WriteLine($"Data in {federation.Data}; starting the trust and the node uclioe …");
        await federation.StartTrustAsync();
        var (process, port) = federation.StartNode("uclioe");
        // With cached subgraphs every gateway, and the floors, talk to proxies that replay the subgraphs' answers.
        await using var trustProxy = options.CachedSubgraphs ? await CachingProxy.StartAsync(federation.TrustUrl!) : null;
        await using var nodeProxy = options.CachedSubgraphs ? await CachingProxy.StartAsync(Federation.GraphQl(port)) : null;
        federation.GatewayTrustUrl = trustProxy?.Url;
        var node = await federation.RegisterNodeAsync("uclioe", process, port, nodeProxy?.Url);
        node = nodeProxy?.Url ?? node;
        var trust = trustProxy?.Url ?? federation.TrustUrl!;
        var profd = await federation.StartProfdGatewayAsync();
        await federation.UntilAnswerAsync("profd gateway", profd, Spanning, body => body.GetProperty("data").GetProperty("schools").GetProperty("totalCount").GetInt32() > 0);
        var quiet = await federation.StartProfdGatewayAsync(quietPolly: true);
        await federation.UntilAnswerAsync("profd gateway", quiet, Spanning, body => body.GetProperty("data").GetProperty("schools").GetProperty("totalCount").GetInt32() > 0);
        var apollo = await federation.StartNodeJsGatewayAsync("apollo gateway", "apollo.mjs", node, "uclioe");
        var hive = await federation.StartNodeJsGatewayAsync("hive gateway", "hive.mjs", node, "uclioe");

        using var http = Load.NewClient();
        var load = new Load(http);
        var schoolId = (await load.CheckAsync("node", node, "{ schools(first: 1) { nodes { id } } }"))
            .GetProperty("data").GetProperty("schools").GetProperty("nodes")[0].GetProperty("id").GetString();
        var lookup = $"{{ school(id: \"{schoolId}\") {{ id name nation }} }}";

        var schoolIds = (await load.CheckAsync("node", node, SpanningNodePart)).GetProperty("data").GetProperty("schools").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        var entities = new
        {
            representations = schoolIds.Select(id => new Dictionary<string, object?> { ["__typename"] = "School", ["id"] = id }).ToList(),
        };
        const string TrustPart = "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on School { triangle { id } } } }";

        var output = new StringBuilder();
        output.AppendLine(Header(options));
        var cases = new[]
        {
            (Title: "Node-only lookup", Query: lookup, Targets: new List<Target>
            {
                new("direct node", node, lookup, null, Floor: true),
                new("ProfD gateway", profd, lookup, null), new("Apollo Gateway", apollo, lookup, null), new("Hive Gateway", hive, lookup, null),
                new("ProfD gateway, Polly log off", quiet, lookup, null),
            }),
            (Title: "Spanning the trust and the node", Query: Spanning, Targets: new List<Target>
            {
                new("direct node, node part only", node, SpanningNodePart, null, Floor: true),
                new("direct trust, its _entities part only", trust, TrustPart, entities),
                new("ProfD gateway", profd, Spanning, null), new("Apollo Gateway", apollo, Spanning, null), new("Hive Gateway", hive, Spanning, null),
                new("ProfD gateway, Polly log off", quiet, Spanning, null),
            }),
        };
        foreach (var (title, query, targets) in cases)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"\n### {title}\n\nGateways: `{query}`\n");
            output.AppendLine("| target | clients | req/s | p50 ms | p99 ms | req/s vs direct node | req/s vs Apollo | p50 added over direct node (ms) |");
            output.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var concurrency in options.Concurrency)
            {
                // Rounds interleave the targets, so a noisy moment on the shared machine does not fall on one of them only.
                var rounds = targets.ToDictionary(t => t, _ => new List<LoadResult>());
                for (var round = 0; round < options.Rounds; round++)
                {
                    foreach (var target in targets)
                    {
                        var result = await load.RunAsync(target.Name, target.Url, target.Query, concurrency, round == 0 ? options.Warmup : TimeSpan.FromSeconds(0.5), options.Duration, target.Variables);
                        Console.WriteLine($"  {title}, {concurrency} clients, round {round + 1}, {target.Name}: {result.Throughput:F0} req/s, p50 {Load.Ms(result.P50Ms)} ms, p99 {Load.Ms(result.P99Ms)} ms, {result.Failures} failed");
                        rounds[target].Add(result);
                    }
                }
                var results = targets.Select(t => (Target: t, Result: LoadResult.Merge(rounds[t]))).ToList();
                var direct = results.Single(r => r.Target.Floor).Result;
                var apolloResult = results.Single(r => r.Target.Name == "Apollo Gateway").Result;
                foreach (var (target, r) in results)
                    output.AppendLine(CultureInfo.InvariantCulture,
                        $"| {r.Target} | {r.Concurrency} | {r.Throughput:F0} | {Load.Ms(r.P50Ms)} | {Load.Ms(r.P99Ms)} | {Load.Fixed(r.Throughput / direct.Throughput, "0.00")} | {Load.Fixed(r.Throughput / apolloResult.Throughput, "0.00")} | {(target.Floor ? "" : Load.Fixed(r.P50Ms - direct.P50Ms, "0.00"))} |{(r.Failures > 0 ? $" {r.Failures} failed" : "")}");
            }
        }
        if (trustProxy is not null && nodeProxy is not null)
            output.AppendLine(CultureInfo.InvariantCulture, $"\nCached subgraphs: trust proxy {trustProxy.Hits} hits, {trustProxy.Misses} misses; node proxy {nodeProxy.Hits} hits, {nodeProxy.Misses} misses.");
        Console.WriteLine();
        Console.WriteLine(output);
        return 0;
    }

    public static string Header(Options options) =>
        $"{TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; closed loop, {options.Warmup.TotalSeconds:0.#} s warm-up, then {options.Rounds} round(s) of {options.Duration.TotalSeconds:0.#} s per row, the targets interleaved"
        + (options.CachedSubgraphs ? "; subgraphs behind caching proxies (the \"direct\" rows ask the proxies)." : ".");

    private sealed record Target(string Name, Uri Url, string Query, object? Variables, bool Floor = false);
}
