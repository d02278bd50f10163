using System.Security.Cryptography;
using NewsCorpus.Decoding;
using NewsCorpus.Reading;

namespace NewsCorpus.Pipeline;

/// <summary>
/// The front door: bytes → decoded text → layout → page reader → articles → enrichers.
/// <c>NewsPipeline.Default.ParseFile(path)</c> for one file; <see cref="NewsPipelineBuilder"/> to configure.
/// </summary>
public sealed class NewsPipeline
{
    private readonly IReadOnlyDictionary<Layout, IPageReader> _readers;
    private readonly IReadOnlyList<IArticleEnricher> _enrichers;

    internal NewsPipeline(IReadOnlyDictionary<Layout, IPageReader> readers, IReadOnlyList<IArticleEnricher> enrichers)
    {
        _readers = readers;
        _enrichers = enrichers;
    }

    /// <summary>The pipeline with the built-in readers, resources and extractors and no data directory.</summary>
    public static NewsPipeline Default { get; } = new NewsPipelineBuilder().UseDefaults().Build();

    public static NewsPipelineBuilder CreateBuilder() => new();

    public IReadOnlyList<IArticleEnricher> Enrichers => _enrichers;

    public FileResult ParseFile(string path) => ParseBytes(File.ReadAllBytes(path), path);

    public FileResult ParseBytes(ReadOnlySpan<byte> bytes, string path)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var decoded = TextDecoder.Decode(bytes, path);
        var document = new SourceDocument(path, decoded.Text, decoded.Encoding, hash);
        return Parse(document, decoded.Diagnostics);
    }

    public FileResult Parse(SourceDocument document, IReadOnlyList<Diagnostic>? decodingDiagnostics = null)
    {
        var layout = LayoutDetector.Detect(document.Text);
        var reader = _readers.TryGetValue(layout, out var r) ? r : new WholeFileReader();
        var read = reader.Read(document);
        var articles = read.Articles;
        foreach (var enricher in _enrichers) articles = enricher.EnrichPage(document, articles);
        var diagnostics = (decodingDiagnostics ?? []).Concat(read.Diagnostics).ToList();
        var report = new FileReport(document.Path, FileStatus.Parsed, document.Encoding, layout, document.ContentHash, articles.Count, diagnostics);
        return new FileResult(report, articles);
    }

    /// <summary>Parses files on all cores, yielding results in input order as they complete.</summary>
    public IEnumerable<FileResult> ParseFiles(IEnumerable<string> paths, int? maxParallelism = null) =>
        paths.AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(maxParallelism ?? Environment.ProcessorCount)
            .Select(ParseFile);
}
