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
        var node = await federation.RegisterNodeAsync("uclioe", process, port);
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

        var output = new StringBuilder();
        output.AppendLine(Header(options));
        foreach (var (title, directQuery, gatewayQuery) in new[]
        {
            ("Node-only lookup", lookup, lookup),
            ("Spanning the trust and the node (direct node: the same query without `triangle`, which it cannot answer)", SpanningNodePart, Spanning),
        })
        {
            output.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"\n### {title}\n\nGateways: `{gatewayQuery}`\n");
            output.AppendLine("| target | clients | req/s | p50 ms | p99 ms | req/s vs direct | req/s vs Apollo | p50 added over direct (ms) |");
            output.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var concurrency in options.Concurrency)
            {
                var results = new List<LoadResult>();
                foreach (var (target, url, query) in new[] { ("direct node", node, directQuery), ("ProfD gateway", profd, gatewayQuery), ("Apollo Gateway", apollo, gatewayQuery), ("Hive Gateway", hive, gatewayQuery), ("ProfD gateway, Polly log off", quiet, gatewayQuery) })
                {
                    var result = await load.RunAsync(target, url, query, concurrency, options.Warmup, options.Duration);
                    Console.WriteLine($"  {title[..16]}, {concurrency} clients, {target}: {result.Throughput:F0} req/s, p50 {Load.Ms(result.P50Ms)} ms, p99 {Load.Ms(result.P99Ms)} ms, {result.Failures} failed");
                    results.Add(result);
                }
                var direct = results[0];
                var apolloResult = results[2];
                foreach (var r in results)
                    output.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                        $"| {r.Target} | {r.Concurrency} | {r.Throughput:F0} | {Load.Ms(r.P50Ms)} | {Load.Ms(r.P99Ms)} | {Load.Fixed(r.Throughput / direct.Throughput, "0.00")} | {Load.Fixed(r.Throughput / apolloResult.Throughput, "0.00")} | {(r == direct ? "" : Load.Fixed(r.P50Ms - direct.P50Ms, "0.00"))} |{(r.Failures > 0 ? $" {r.Failures} failed" : "")}");
            }
        }
        Console.WriteLine();
        Console.WriteLine(output);
        return 0;
    }

    public static string Header(Options options) =>
        $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; closed loop, {options.Warmup.TotalSeconds:0.#} s warm-up then {options.Duration.TotalSeconds:0.#} s per row.";
}
