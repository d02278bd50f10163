using System.Security.Cryptography;
using NewsCorpus.Decoding;
using NewsCorpus.Reading;

namespace NewsCorpus.Pipeline;

/// <summary>
/// The front door: bytes → decoded text → layout → page reader → articles → enrichers.
/// <c>NewsPipeline.Default.ParseFile(path)</c> for one file, <c>ParseRun(paths)</c> for a corpus
/// with its <see cref="ParseReport"/>; <see cref="NewsPipelineBuilder"/> to configure.
/// No input makes it throw: every file comes back with a <see cref="FileReport"/> saying what happened.
/// </summary>
public sealed class NewsPipeline
{
    /// <summary>Lines longer than this are not given to page readers (see <see cref="MaxLineLength"/>).</summary>
    public const int DefaultMaxLineLength = 100_000;

    private readonly IReadOnlyDictionary<Layout, IPageReader> _readers;
    private readonly IReadOnlyList<IArticleEnricher> _enrichers;

    internal NewsPipeline(IReadOnlyDictionary<Layout, IPageReader> readers, IReadOnlyList<IArticleEnricher> enrichers,
        string? dataDirectory = null, int maxLineLength = DefaultMaxLineLength)
    {
        DataDirectory = dataDirectory;
        _readers = readers;
        _enrichers = enrichers;
        MaxLineLength = maxLineLength;
    }

    /// <summary>The pipeline with the built-in readers, resources and extractors and no data directory.</summary>
    public static NewsPipeline Default { get; } = new NewsPipelineBuilder().UseDefaults().Build();

    public static NewsPipelineBuilder CreateBuilder() => new();

    public IReadOnlyList<IArticleEnricher> Enrichers => _enrichers;

    /// <summary>Data folder (manifest.csv, lexicons/, raw/) the pipeline was built with, if any.</summary>
    public string? DataDirectory { get; }

    /// <summary>Longest line, in characters, a page reader is given; longer ones are kept as articles of their own.</summary>
    public int MaxLineLength { get; }

    /// <summary>Reads and parses one file; a file that cannot be read from disk is reported <see cref="FileStatus.Unreadable"/>.</summary>
    public FileResult ParseFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var diagnostic = new Diagnostic(path, null, Severity.Error, "unreadable", $"cannot read the file: {e.Message}");
            return new FileResult(new FileReport(path, FileStatus.Unreadable, null, Layout.Unknown, null, 0, [diagnostic]), []);
        }
        return ParseBytes(bytes, path);
    }

    public FileResult ParseBytes(ReadOnlySpan<byte> bytes, string path)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var decoded = TextDecoder.Decode(bytes, path);
        FileResult result;
        if (decoded.IsText)
            result = Parse(new SourceDocument(path, decoded.Text, decoded.Encoding, hash), decoded.Diagnostics);
        else
            result = new FileResult(new FileReport(path, FileStatus.Unreadable, decoded.Encoding, Layout.Unknown, hash, 0, decoded.Diagnostics), []);
        return result with { Report = result.Report with { ByteCount = bytes.Length, Newlines = decoded.Newlines } };
    }

    public FileResult Parse(SourceDocument document, IReadOnlyList<Diagnostic>? decodingDiagnostics = null)
    {
        var diagnostics = new List<Diagnostic>(decodingDiagnostics ?? []);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            diagnostics.Add(new Diagnostic(document.Path, null, Severity.Info, "empty",
                document.Text.Length == 0 ? "the file is empty" : "the file holds only whitespace"));
            return Report(document, FileStatus.Empty, Layout.Unknown, [], diagnostics);
        }
        var overlong = OverlongLines.Find(document, MaxLineLength);
        diagnostics.AddRange(overlong.Diagnostics(MaxLineLength));
        var layout = LayoutDetector.Detect(overlong.ReaderDocument.Text);
        var reader = _readers.TryGetValue(layout, out var r) ? r : new WholeFileReader();
        IReadOnlyList<Article> read = string.IsNullOrWhiteSpace(overlong.ReaderDocument.Text) ? [] : Read(reader, overlong.ReaderDocument, diagnostics);
        var articles = Enrich(document, [.. read.Select(overlong.Restore).Concat(overlong.Articles())], diagnostics);
        var status = diagnostics.Any(d => d.Severity == Severity.Error) ? FileStatus.Partial : FileStatus.Parsed;
        if (articles.Count == 0)
        {
            diagnostics.Add(new Diagnostic(document.Path, null, Severity.Warning, "no-articles",
                $"the {layout.Code()} reader found no article in {document.LineCount} lines"));
            status = FileStatus.Partial;
        }
        return Report(document, status, layout, articles, diagnostics);
    }

    /// <summary>Parses files on all cores, yielding results in input order as they complete; a file
    /// with the same bytes as an earlier one comes back <see cref="FileStatus.Duplicate"/> without articles.</summary>
    /// <remarks>At most a few files per core are parsed ahead of the one the caller is waiting for, so memory
    /// does not grow with the corpus.</remarks>
    public IEnumerable<FileResult> ParseFiles(IEnumerable<string> paths, int? maxParallelism = null)
    {
        var workers = maxParallelism ?? Environment.ProcessorCount;
        var duplicates = new DuplicateDetector();
        foreach (var result in OrderedParallel.Map(paths, ParseFile, workers, window: 4 * workers))
            yield return duplicates.Check(result);
    }

    /// <summary>Parses a whole run of files and reports on every one of them and on the data folder's manifest.</summary>
    public RunResult ParseRun(IEnumerable<string> paths, int? maxParallelism = null) =>
        new(ParseFiles(paths, maxParallelism).ToList(), CheckDataDirectory());

    /// <summary>Problems of the data folder shared by every file (manifest.csv rows); none without a data folder.</summary>
    public IReadOnlyList<Diagnostic> CheckDataDirectory() =>
        DataDirectory is null ? [] : ManifestValidator.ValidateDataDirectory(DataDirectory);

    private static FileResult Report(SourceDocument document, FileStatus status, Layout layout, List<Article> articles, List<Diagnostic> diagnostics) =>
        new(new FileReport(document.Path, status, document.Encoding, layout, document.ContentHash, articles.Count, diagnostics), articles);

    /// <summary>A reader that throws (or whose regex times out) costs its structure, not the text: the file is kept as one article.</summary>
    private static IReadOnlyList<Article> Read(IPageReader reader, SourceDocument document, List<Diagnostic> diagnostics)
    {
        try
        {
            var read = reader.Read(document);
            diagnostics.AddRange(read.Diagnostics);
            return read.Articles;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic(document.Path, null, Severity.Error, "reader-failed",
                $"the {reader.Layout.Code()} reader failed ({e.GetType().Name}: {e.Message}); the whole file is kept as one article"));
            return new WholeFileReader().Read(document).Articles;
        }
    }

    /// <summary>
    /// Runs each stage over the page. A stage that throws is retried article by article, so one bad
    /// article costs only its own enrichment; the articles are always kept.
    /// </summary>
    private List<Article> Enrich(SourceDocument document, List<Article> articles, List<Diagnostic> diagnostics)
    {
        foreach (var enricher in _enrichers)
        {
            try
            {
                articles = [.. enricher.EnrichPage(document, articles)];
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var failures = diagnostics.Count;
                articles = [.. articles.Select(article => EnrichOne(enricher, article, diagnostics))];
                if (diagnostics.Count == failures)
                    diagnostics.Add(new Diagnostic(document.Path, null, Severity.Warning, "enricher-failed",
                        $"{enricher.GetType().Name} failed on the page ({e.GetType().Name}: {e.Message}); it was run on each article alone"));
            }
        }
        return articles;
    }

    private static Article EnrichOne(IArticleEnricher enricher, Article article, List<Diagnostic> diagnostics)
    {
        try
        {
            return enricher.Enrich(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic(article.Source, article.Lines.First, Severity.Error, "enricher-failed",
                $"{enricher.GetType().Name} failed on the article at lines {article.Lines} ({e.GetType().Name}: {e.Message}); the article is kept without it"));
            return article;
        }
    }
}
