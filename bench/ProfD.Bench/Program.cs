using BenchmarkDotNet.Running;
using ProfD.Bench.Node;

// dotnet run -c Release --project bench/ProfD.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(NodeQueryBenchmarks).Assembly).Run(args);
