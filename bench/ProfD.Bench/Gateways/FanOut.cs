using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ProfD.Bench.Gateways;

/// <summary>
/// <c>dotnet run -c Release --project bench/ProfD.Bench -- fanout --nodes 1,3,10,30</c>: one trust, ProfD's gateway,
/// and more and more node processes registered in the trust; the same cross-node list query at each size.
/// </summary>
internal static class FanOut
{
    public const string CrossNode = "{ schools(first: 20) { totalCount nodes { id name } } }";
    private const string NodeWarmUp = "{ schools(first: 20, orderBy: [{field: NAME, direction: ASC}]) { totalCount pageInfo { hasNextPage } edges { cursor node { id name } } } }";
    private const int SchoolsPerDemoNode = 6;
    private const int StartAtOnce = 4;

    public static async Task<int> RunAsync(Options options)
    {
        using var federation = Federation.Create();
        Console.WriteLine($"Data in {federation.Data}; starting the trust and the gateway …");
        await federation.StartTrustAsync();
        var gateway = await federation.StartProfdGatewayAsync();
        using var http = Load.NewClient();
        var load = new Load(http);

        var nodes = new List<Uri>();
        var rows = new List<(int Nodes, LoadResult Result)>();
        LoadResult? floor = null;
        var floors = new List<(int Nodes, LoadResult Result)>();
        foreach (var size in options.Nodes.Order())
        {
            while (nodes.Count < size)
            {
                var batch = Enumerable.Range(nodes.Count, Math.Min(StartAtOnce, size - nodes.Count))
                    .Select(i => (Code: $"fan{i + 1:D2}", Started: federation.StartNode($"fan{i + 1:D2}"))).ToList();
                foreach (var (code, (process, port)) in batch)
                {
                    var url = await federation.RegisterNodeAsync(code, process, port);
                    // A new node's code is cold (tier-0 JIT): through the gateway it would get only a share of the
                    // warm-up, so each is warmed directly with the shape of query the gateway sends it.
                    await load.RunAsync(code, url, NodeWarmUp, 2, TimeSpan.Zero, options.Warmup);
                    nodes.Add(url);
                }
            }
            Console.WriteLine($"  {size} nodes registered; waiting until the gateway answers with all of them …");
            await federation.UntilAnswerAsync("profd gateway", gateway, CrossNode, body => TotalCount(body) == size * SchoolsPerDemoNode);
            floor ??= await load.RunAsync("direct node", nodes[0], CrossNode, options.Concurrency[0], options.Warmup, options.Duration * options.Rounds);
            foreach (var concurrency in options.Concurrency)
            {
                var result = await load.RunAsync("ProfD gateway", gateway, CrossNode, concurrency, options.Warmup, options.Duration * options.Rounds);
                Console.WriteLine($"  {size} nodes, {concurrency} clients: {result.Throughput:F0} req/s, p50 {Load.Ms(result.P50Ms)} ms, p99 {Load.Ms(result.P99Ms)} ms, {result.Failures} failed");
                // The floor: the client itself sends the gateway's subrequest to all the nodes at once and waits for all.
                var direct = await load.RunAsync("client fan-out", nodes, NodeWarmUp, concurrency, TimeSpan.FromSeconds(1), options.Duration * options.Rounds);
                Console.WriteLine($"  {size} nodes, {concurrency} clients, client's own fan-out: {direct.Throughput:F0} req/s, p50 {Load.Ms(direct.P50Ms)} ms, p99 {Load.Ms(direct.P99Ms)} ms");
                rows.Add((size, result));
                floors.Add((size, direct));
            }
        }

        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; closed loop, each new node warmed directly for {options.Warmup.TotalSeconds:0.#} s, then {options.Warmup.TotalSeconds:0.#} s warm-up through the gateway and {(options.Duration * options.Rounds).TotalSeconds:0.#} s per row.");
        output.AppendLine(CultureInfo.InvariantCulture, $"\n`{CrossNode}` through ProfD's gateway; floor: one node asked directly, {floor!.Concurrency} client(s): {floor.Throughput:F0} req/s, p50 {Load.Ms(floor.P50Ms)} ms, p99 {Load.Ms(floor.P99Ms)} ms.\n");
        output.AppendLine("Client fan-out: the driver itself sends the gateway's subrequest to all the nodes at once and waits for the last (no gateway, no merge).\n");
        output.AppendLine("| nodes | clients | req/s | p50 ms | p99 ms | req/s vs 1 node | p50 vs 1 node | p50 added per extra node (ms) | client fan-out req/s | client fan-out p50 ms | gateway p50 over client fan-out (ms) |");
        output.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (size, r) in rows.OrderBy(r => r.Result.Concurrency).ThenBy(r => r.Nodes))
        {
            var one = rows.First(x => x.Result.Concurrency == r.Concurrency && x.Nodes == rows.Min(y => y.Nodes)).Result;
            var perNode = size > 1 ? Load.Fixed((r.P50Ms - one.P50Ms) / (size - 1), "0.000") : "";
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {size} | {r.Concurrency} | {r.Throughput:F0} | {Load.Ms(r.P50Ms)} | {Load.Ms(r.P99Ms)} | {Load.Fixed(r.Throughput / one.Throughput, "0.00")} | {Load.Fixed(r.P50Ms / one.P50Ms, "0.00")} | {perNode} | {Fixed0(Floor(size, r.Concurrency).Throughput)} | {Load.Ms(Floor(size, r.Concurrency).P50Ms)} | {Load.Fixed(r.P50Ms - Floor(size, r.Concurrency).P50Ms, "0.00")} |{(r.Failures > 0 ? $" {r.Failures} failed" : "")}");
        }
        Console.WriteLine();
        Console.WriteLine(output);
        LoadResult Floor(int size, int concurrency) => floors.First(f => f.Nodes == size && f.Result.Concurrency == concurrency).Result;
        static string Fixed0(double value) => Load.Fixed(value, "0");
        return 0;
    }

    private static int TotalCount(JsonElement body) => body.GetProperty("data").GetProperty("schools").GetProperty("totalCount").GetInt32();
}
