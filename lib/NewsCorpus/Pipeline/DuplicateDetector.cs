namespace NewsCorpus.Pipeline;

/// <summary>
/// Marks files whose bytes equal those of an earlier file in the same run (by content hash) as
/// duplicates and drops their articles, which would repeat the first file's with the same ids.
/// Feed it results in input order; empty and unreadable files are never duplicates.
/// </summary>
public sealed class DuplicateDetector
{
    private readonly Dictionary<string, string> _firstPathByHash = [];

    public FileResult Check(FileResult result)
    {
        var report = result.Report;
        if (report.Status is not (FileStatus.Parsed or FileStatus.Partial) || report.ContentHash is not { } hash) return result;
        if (_firstPathByHash.TryAdd(hash, report.Path)) return result;
        var first = _firstPathByHash[hash];
        var diagnostic = new Diagnostic(report.Path, null, Severity.Info, "duplicate",
            $"same content (SHA-256 {hash[..12]}…) as {first}; its {report.ArticleCount} article(s) are not repeated");
        return new FileResult(report with
        {
            Status = FileStatus.Duplicate,
            DuplicateOf = first,
            ArticleCount = 0,
            Diagnostics = [diagnostic],
        }, []);
    }
}
