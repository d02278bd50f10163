namespace NewsCorpus.Pipeline;

/// <summary>The outcome of parsing a run of files: per-file results in input order, their articles and the report.</summary>
public sealed class RunResult(IReadOnlyList<FileResult> files, IReadOnlyList<Diagnostic>? runDiagnostics = null)
{
    public IReadOnlyList<FileResult> Files { get; } = files;

    public IEnumerable<Article> Articles => Files.SelectMany(f => f.Articles);

    public ParseReport Report { get; } = new(files.Select(f => f.Report), runDiagnostics);
}
