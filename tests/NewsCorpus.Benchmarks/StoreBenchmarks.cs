using BenchmarkDotNet.Attributes;
using NewsCorpus.Analysis.Store;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Benchmarks;

/// <summary>The store's hot paths: loading articles back, and the offset map codec.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private string _directory = "";
    private CorpusStore? _store;
    private int[] _offsets = [];
    private byte[] _encoded = [];

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("newscorpus-benchmarks-").FullName;
        var raw = Directory.CreateDirectory(Path.Combine(_directory, "raw")).FullName;
        foreach (var seed in Directory.EnumerateFiles(Seeds.RawDirectory)) File.Copy(seed, Path.Combine(raw, Path.GetFileName(seed)));
        _store = CorpusStore.OpenFor(_directory);
        _store.Sync(_directory);
        var article = _store.LoadArticles().MaxBy(a => a.Text.Length)!;
        _offsets = (article.Normalized ?? article.Body).Offsets;
        _encoded = OffsetMapCodec.Encode(_offsets);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int LoadArticles() => _store!.LoadArticles().Count;

    [Benchmark]
    public int EncodeOffsets() => OffsetMapCodec.Encode(_offsets).Length;

    [Benchmark]
    public int DecodeOffsets() => OffsetMapCodec.Decode(_encoded, _offsets.Length).Length;
}
