using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(NewsCorpus.Benchmarks.ParseBenchmarks).Assembly).Run(args);
