using BenchmarkDotNet.Running;
using ProfD.Bench.Gateways;
using ProfD.Bench.Node;

// dotnet run -c Release --project bench/ProfD.Bench -- --filter '*'          BenchmarkDotNet benchmarks
// dotnet run -c Release --project bench/ProfD.Bench -- gateways [options]   ProfD vs Apollo vs Hive Gateway, processes on loopback
// dotnet run -c Release --project bench/ProfD.Bench -- fanout [options]     ProfD's gateway over 1, 3, 10, 30 nodes
switch (args.FirstOrDefault())
{
    case "gateways":
        try
        {
            return await GatewayComparison.RunAsync(Options.Parse(args));
        }
        finally
        {
            ChildProcess.KillAll();
        }
    case "fanout":
        try
        {
            return await FanOut.RunAsync(Options.Parse(args));
        }
        finally
        {
            ChildProcess.KillAll();
        }
    default:
        BenchmarkSwitcher.FromAssembly(typeof(NodeQueryBenchmarks).Assembly).Run(args);
        return 0;
}
