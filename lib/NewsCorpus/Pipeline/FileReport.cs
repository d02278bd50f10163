namespace NewsCorpus.Pipeline;

public enum FileStatus { Parsed, Partial, Duplicate, Empty, Unreadable }

/// <summary>What happened to one input file: one entry per file, whatever its fate.</summary>
public sealed record FileReport(
    string Path,
    FileStatus Status,
    string? Encoding,
    Layout Layout,
    string? ContentHash,
    int ArticleCount,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The articles read from one file and its report.</summary>
public sealed record FileResult(FileReport Report, IReadOnlyList<Article> Articles);
