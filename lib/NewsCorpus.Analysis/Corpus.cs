using System.Diagnostics;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis;

/// <summary>
/// The articles of a data folder with what happened to every file: what a notebook starts from.
/// <c>Corpus.Load(Corpus.DataDirectoryFromEnvironment())</c> parses data/raw with the folder's manifest,
/// lexicons and gazetteer.
/// </summary>
public sealed class Corpus
{
    /// <summary>Environment variable naming the data folder notebooks and tools read.</summary>
    public const string DataVariable = "NEWSCORPUS_DATA";

    /// <summary>Sub-folder of the data folder holding the page files.</summary>
    public const string RawFolder = "raw";

    /// <summary>A corpus from articles already read, e.g. from the store; articles are kept in the given order.</summary>
    internal Corpus(string? dataDirectory, IReadOnlyList<Article> articles, IReadOnlyList<FileReport> files, TimeSpan elapsed)
    {
        DataDirectory = dataDirectory;
        Articles = articles;
        Files = files;
        Report = LoadReport.Of(dataDirectory, articles, files, elapsed);
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

    /// <summary>Parses every file under <paramref name="dataDirectory"/>/raw (hidden files excepted) with the default pipeline.</summary>
    public static Corpus Load(string dataDirectory)
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(dataDirectory).UseDefaults().Build();
        return Load(dataDirectory, pipeline);
    }

    /// <summary>Parses every file under <paramref name="dataDirectory"/>/raw with the given pipeline.</summary>
    public static Corpus Load(string dataDirectory, NewsPipeline pipeline)
    {
        var raw = Path.Combine(dataDirectory, RawFolder);
        if (!Directory.Exists(raw))
            throw new DirectoryNotFoundException($"{Path.GetFullPath(dataDirectory)}: no {RawFolder}/ folder with page files (set {DataVariable} to the data folder)");
        var paths = Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        return FromFiles(paths, pipeline, dataDirectory);
    }

    /// <summary>Parses the given files; <paramref name="dataDirectory"/> is only recorded.</summary>
    public static Corpus FromFiles(IEnumerable<string> paths, NewsPipeline pipeline, string? dataDirectory = null)
    {
        var clock = Stopwatch.StartNew();
        var results = pipeline.ParseFiles(paths).ToList();
        return new Corpus(dataDirectory, [.. results.SelectMany(r => r.Articles)], [.. results.Select(r => r.Report)], clock.Elapsed);
    }

    /// <summary>A corpus of articles built elsewhere (tests, other loaders), with no file reports.</summary>
    public static Corpus FromArticles(IEnumerable<Article> articles) => new(null, [.. articles], [], TimeSpan.Zero);

    public override string ToString() => Report.ToString();
}
