using NewsCorpus.Analysis.Store;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis;

/// <summary>What a load produced: files by status and layout, articles, dated range and diagnostics by severity.</summary>
public sealed record LoadReport(
    string? DataDirectory,
    int Files,
    int Articles,
    int DatedArticles,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    IReadOnlyDictionary<FileStatus, int> FilesByStatus,
    IReadOnlyDictionary<Layout, int> FilesByLayout,
    IReadOnlyDictionary<Severity, int> DiagnosticsBySeverity,
    TimeSpan Elapsed)
{
    public int Diagnostics => DiagnosticsBySeverity.Values.Sum();

    /// <summary>Whether the articles were parsed from the files or read from the store.</summary>
    public LoadedFrom From { get; init; } = LoadedFrom.Files;

    /// <summary>The store read, or the one that could not be used (see <see cref="StoreProblem"/>); null when none was involved.</summary>
    public string? StorePath { get; init; }

    /// <summary>What bringing the store up to date did (added, changed, removed, unchanged files) when the corpus came from the store.</summary>
    public IngestSummary? Sync { get; init; }

    /// <summary>Why the store was not used though there is one (most often: another process holds it), so the files were parsed.</summary>
    public string? StoreProblem { get; init; }

    internal static LoadReport Of(string? dataDirectory, IReadOnlyList<Article> articles, IReadOnlyList<FileReport> files, TimeSpan elapsed)
    {
        var dates = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
        return new LoadReport(
            dataDirectory,
            files.Count,
            articles.Count,
            dates.Count,
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            Tally(files.Select(f => f.Status)),
            Tally(files.Select(f => f.Layout)),
            Tally(files.SelectMany(f => f.Diagnostics).Select(d => d.Severity)),
            elapsed);
    }

    private static IReadOnlyDictionary<T, int> Tally<T>(IEnumerable<T> items) where T : notnull =>
        items.GroupBy(x => x).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Where the articles came from, in a phrase: "parsed", "from the store (1 added, 0 changed, 0 removed, 4 unchanged)", or "parsed: store not usable (…)".</summary>
    public string Origin => (From, Sync, StoreProblem) switch
    {
        (LoadedFrom.Store, { } s, _) => $"from the store ({s.Added} added, {s.Changed} changed, {s.Removed} removed, {s.Unchanged} unchanged{(s.Rebuilt ? ", rebuilt" : "")})",
        (_, _, { } problem) => $"parsed: store not usable ({problem})",
        _ => "parsed",
    };

    public override string ToString() =>
        $"{Files} files, {Articles} articles ({DatedArticles} dated{(FirstPublished is { } f ? $", {f:yyyy-MM-dd} to {LastPublished:yyyy-MM-dd}" : "")}), {Diagnostics} diagnostics{(From == LoadedFrom.Files && StoreProblem is null ? "" : $", {Origin}")}";
}

/// <summary>Where the articles of a corpus came from.</summary>
public enum LoadedFrom
{
    /// <summary>Parsed from the raw files.</summary>
    Files,

    /// <summary>Read from the DuckDB store, after syncing it with the raw files.</summary>
    Store,
}
