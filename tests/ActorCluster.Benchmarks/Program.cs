using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ActorCluster.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
