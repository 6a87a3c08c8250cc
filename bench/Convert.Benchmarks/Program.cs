using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Convert.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
