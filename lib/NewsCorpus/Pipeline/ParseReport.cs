namespace NewsCorpus.Pipeline;

/// <summary>
/// One entry per input file of a run (status, encoding, article count, diagnostics), in input
/// order, with totals. Written as JSON by <c>newscorpus parse --report FILE</c>
/// (<see cref="ParseReportJson"/>); shown as a table in notebooks.
/// </summary>
public sealed class ParseReport
{
    public ParseReport(IEnumerable<FileReport> files)
    {
        Files = [.. files];
        StatusCounts = Enum.GetValues<FileStatus>().ToDictionary(s => s, s => Files.Count(f => f.Status == s));
    }

    public IReadOnlyList<FileReport> Files { get; }

    /// <summary>Number of files per status, every status present (zero when none).</summary>
    public IReadOnlyDictionary<FileStatus, int> StatusCounts { get; }

    public int ArticleCount => Files.Sum(f => f.ArticleCount);

    /// <summary>True when some file is partial or unreadable.</summary>
    public bool HasProblems => Files.Any(f => f.HasProblems);

    public IEnumerable<FileReport> Problems => Files.Where(f => f.HasProblems);

    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    /// <summary>e.g. "7 files: 5 parsed, 1 partial, 1 duplicate; 23 articles".</summary>
    public string Summary =>
        $"{Files.Count} file{(Files.Count == 1 ? "" : "s")}: " +
        string.Join(", ", StatusCounts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key.Code()}")) +
        $"; {ArticleCount} article{(ArticleCount == 1 ? "" : "s")}";

    public override string ToString() => Summary;
}
