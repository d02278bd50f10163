using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsCorpus.Tests.Shared;

// A shared machine can take minutes to build BenchmarkDotNet's generated project: allow it.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .WithArtifactsPath(Path.Combine(Seeds.RepoRoot, "artifacts", "benchmarks"));
BenchmarkSwitcher.FromAssembly(typeof(NewsCorpus.Benchmarks.ParseBenchmarks).Assembly).Run(args, config);
