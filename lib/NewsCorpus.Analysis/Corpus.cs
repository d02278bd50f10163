using System.Diagnostics;
using DuckDB.NET.Data;
using NewsCorpus.Analysis.Store;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis;

/// <summary>
/// The articles of a data folder with what happened to every file: what a notebook starts from.
/// <c>Corpus.Load(Corpus.DataDirectoryFromEnvironment())</c> reads data/raw with the folder's manifest,
/// lexicons and gazetteer, through the folder's store when it has one (only new and changed files are parsed).
/// </summary>
public sealed class Corpus
{
    /// <summary>Environment variable naming the data folder notebooks and tools read.</summary>
    public const string DataVariable = "NEWSCORPUS_DATA";

    /// <summary>Sub-folder of the data folder holding the page files.</summary>
    public const string RawFolder = "raw";

    /// <summary>A corpus from articles already read, e.g. from the store; articles are kept in the given order.</summary>
    internal Corpus(string? dataDirectory, IReadOnlyList<Article> articles, IReadOnlyList<FileReport> files, TimeSpan elapsed)
        : this(dataDirectory, articles, files, LoadReport.Of(dataDirectory, articles, files, elapsed))
    {
    }

    private Corpus(string? dataDirectory, IReadOnlyList<Article> articles, IReadOnlyList<FileReport> files, LoadReport report)
    {
        DataDirectory = dataDirectory;
        Articles = articles;
        Files = files;
        Report = report;
    }

    public string? DataDirectory { get; }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>One report per input file, whatever its fate (parsed, partial, duplicate, empty, unreadable).</summary>
    public IReadOnlyList<FileReport> Files { get; }

    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    /// <summary>Counts of what was loaded; displays as a summary table in a notebook.</summary>
    public LoadReport Report { get; }

    /// <summary>Articles with a publication date, oldest first.</summary>
    public IEnumerable<Article> Dated => Articles.Where(a => a.Published is not null).OrderBy(a => a.Published);

    /// <summary>The data folder named by NEWSCORPUS_DATA, else <paramref name="fallback"/> (a notebook's ../data).</summary>
    public static string DataDirectoryFromEnvironment(string fallback = "../data") =>
        Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } dir ? dir : fallback;

    /// <summary>
    /// Every file under <paramref name="dataDirectory"/>/raw (hidden files excepted) as the default
    /// pipeline parses it. When the folder has a store (<c>DATA/.newscorpus.duckdb</c>, made by
    /// <c>newscorpus ingest</c>) the corpus comes from it, brought up to date first
    /// (<see cref="FromStore"/>); otherwise every file is parsed.
    /// </summary>
    public static Corpus Load(string dataDirectory)
    {
        var store = CorpusStore.DefaultPath(dataDirectory);
        return File.Exists(store) ? FromStore(dataDirectory, store) : Load(dataDirectory, DefaultPipeline(dataDirectory));
    }

    /// <summary>Parses every file under <paramref name="dataDirectory"/>/raw with the given pipeline (no store: it holds what the default pipeline yields).</summary>
    public static Corpus Load(string dataDirectory, NewsPipeline pipeline) =>
        FromFiles(RawPaths(dataDirectory), pipeline, dataDirectory);

    /// <summary>
    /// The corpus of a data folder read from a store (default <c>DATA/.newscorpus.duckdb</c>; created
    /// when missing): the store is opened, synced with DATA/raw (only new and changed files are
    /// parsed, removed ones dropped), read and closed again, so it is not held while a notebook
    /// works and <c>newscorpus ingest</c> can write it from a shell. When another process holds
    /// the store (DuckDB allows one writer) the files are parsed instead, and the report says why.
    /// </summary>
    public static Corpus FromStore(string dataDirectory, string? storePath = null)
    {
        var clock = Stopwatch.StartNew();
        var paths = RawPaths(dataDirectory);
        storePath ??= CorpusStore.DefaultPath(dataDirectory);
        CorpusStore store;
        try
        {
            store = CorpusStore.Open(storePath);
        }
        catch (DuckDBException e)
        {
            var parsed = FromFiles(paths, DefaultPipeline(dataDirectory), dataDirectory);
            return new Corpus(dataDirectory, parsed.Articles, parsed.Files,
                parsed.Report with { StorePath = storePath, StoreProblem = e.Message });
        }
        using (store)
        {
            var sync = store.Sync(dataDirectory);
            var articles = store.LoadArticles(dataDirectory);
            var files = store.LoadFileReports(dataDirectory);
            return new Corpus(dataDirectory, articles, files,
                LoadReport.Of(dataDirectory, articles, files, clock.Elapsed) with { From = LoadedFrom.Store, StorePath = storePath, Sync = sync });
        }
    }

    /// <summary>Parses the given files; <paramref name="dataDirectory"/> is only recorded.</summary>
    public static Corpus FromFiles(IEnumerable<string> paths, NewsPipeline pipeline, string? dataDirectory = null)
    {
        var clock = Stopwatch.StartNew();
        var results = pipeline.ParseFiles(paths).ToList();
        return new Corpus(dataDirectory, [.. results.SelectMany(r => r.Articles)], [.. results.Select(r => r.Report)], clock.Elapsed);
    }

    private static NewsPipeline DefaultPipeline(string dataDirectory) =>
        NewsPipeline.CreateBuilder().UseDataDirectory(dataDirectory).UseDefaults().Build();

    private static IEnumerable<string> RawPaths(string dataDirectory)
    {
        var raw = Path.Combine(dataDirectory, RawFolder);
        if (!Directory.Exists(raw))
            throw new DirectoryNotFoundException($"{Path.GetFullPath(dataDirectory)}: no {RawFolder}/ folder with page files (set {DataVariable} to the data folder)");
        return Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>A corpus of articles built elsewhere (tests, other loaders), with no file reports.</summary>
    public static Corpus FromArticles(IEnumerable<Article> articles) => new(null, [.. articles], [], TimeSpan.Zero);

    public override string ToString() => Report.ToString();
}
