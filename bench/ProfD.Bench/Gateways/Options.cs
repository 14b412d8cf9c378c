using System.Globalization;

namespace ProfD.Bench.Gateways;

/// <summary>
/// <c>--seconds 4 --warmup 2 --rounds 3 --concurrency 1,16 --nodes 1,3,10,30 [--cached-subgraphs]</c>: seconds per
/// round of one row; with <c>--cached-subgraphs</c>, the gateways talk to <see cref="CachingProxy"/>s.
/// </summary>
internal sealed record Options(TimeSpan Duration, TimeSpan Warmup, int[] Concurrency, int[] Nodes, int Rounds, bool CachedSubgraphs = false)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int[] List(string? value, int[] fallback) =>
            value is null ? fallback : [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
        return new Options(
            TimeSpan.FromSeconds(double.Parse(Value("--seconds") ?? "4", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup") ?? "2", CultureInfo.InvariantCulture)),
            List(Value("--concurrency"), [1, 16]),
            List(Value("--nodes"), [1, 3, 10, 30]),
            int.Parse(Value("--rounds") ?? "3", CultureInfo.InvariantCulture),
            args.Contains("--cached-subgraphs"));
    }
}
