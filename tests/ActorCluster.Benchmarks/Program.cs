using ActorCluster.Benchmarks.Storage;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ActorCluster.Benchmarks -- --filter '*'   (BenchmarkDotNet)
// dotnet run -c Release --project tests/ActorCluster.Benchmarks -- sizes          (persisted bytes, heap per ASIN)
if (args is ["sizes", ..]) SizeReport.Run();
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
