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

    public override string ToString() =>
        $"{Files} files, {Articles} articles ({DatedArticles} dated{(FirstPublished is { } f ? $", {f:yyyy-MM-dd} to {LastPublished:yyyy-MM-dd}" : "")}), {Diagnostics} diagnostics";
}
