namespace NewsCorpus.Pipeline;

/// <summary>
/// One entry per input file of a run (status, encoding, article count, diagnostics), in input
/// order, with totals. Written as JSON by <c>newscorpus parse --report FILE</c>
/// (<see cref="ParseReportJson"/>); shown as a table in notebooks.
/// </summary>
public sealed class ParseReport
{
    /// <param name="runDiagnostics">Problems of the run's shared inputs, such as manifest.csv rows (see <see cref="ManifestValidator"/>).</param>
    public ParseReport(IEnumerable<FileReport> files, IEnumerable<Diagnostic>? runDiagnostics = null)
    {
        Files = [.. files];
        RunDiagnostics = [.. runDiagnostics ?? []];
        StatusCounts = Enum.GetValues<FileStatus>().ToDictionary(s => s, s => Files.Count(f => f.Status == s));
    }

    public IReadOnlyList<FileReport> Files { get; }

    /// <summary>Problems not of one input file but of the run's shared inputs (manifest.csv rows), each naming its file and line.</summary>
    public IReadOnlyList<Diagnostic> RunDiagnostics { get; }

    /// <summary>Number of files per status, every status present (zero when none).</summary>
    public IReadOnlyDictionary<FileStatus, int> StatusCounts { get; }

    public int ArticleCount => Files.Sum(f => f.ArticleCount);

    /// <summary>True when some file is partial or unreadable, or a shared input has an error.</summary>
    public bool HasProblems => Files.Any(f => f.HasProblems) || RunDiagnostics.Any(d => d.Severity == Severity.Error);

    public IEnumerable<FileReport> Problems => Files.Where(f => f.HasProblems);

    public IEnumerable<Diagnostic> Diagnostics => RunDiagnostics.Concat(Files.SelectMany(f => f.Diagnostics));

    /// <summary>e.g. "7 files: 5 parsed, 1 partial, 1 duplicate; 23 articles".</summary>
    public string Summary =>
        $"{Files.Count} file{(Files.Count == 1 ? "" : "s")}: " +
        string.Join(", ", StatusCounts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key.Code()}")) +
        $"; {ArticleCount} article{(ArticleCount == 1 ? "" : "s")}";

    public override string ToString() => Summary;
}
