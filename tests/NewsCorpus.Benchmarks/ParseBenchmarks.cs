using BenchmarkDotNet.Attributes;
using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Benchmarks;

/// <summary>The pipeline over one seed page from bytes (decode, layout, reader, enrichers).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];
    private NewsPipeline _pipeline = NewsPipeline.Default;

    [Params("000", "001", "002", "003", "004")]
    public string Seed { get; set; } = "000";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Seeds.File(Seed));
        _pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(Seeds.DataDirectory).UseDefaults().Build();
    }

    [Benchmark]
    public int ParseBytes() => _pipeline.ParseBytes(_bytes, Seed).Articles.Count;
}
