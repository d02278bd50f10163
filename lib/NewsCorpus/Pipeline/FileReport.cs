using NewsCorpus.Decoding;

namespace NewsCorpus.Pipeline;

/// <summary>The fate of an input file; every file gets exactly one.</summary>
public enum FileStatus
{
    /// <summary>Read whole; diagnostics, if any, are warnings.</summary>
    Parsed,
    /// <summary>Read, but something was lost or replaced (invalid bytes, truncation, a failed stage); see the diagnostics.</summary>
    Partial,
    /// <summary>Same bytes as an earlier file of the run (<see cref="FileReport.DuplicateOf"/>); its articles are not repeated.</summary>
    Duplicate,
    /// <summary>No bytes, or only whitespace.</summary>
    Empty,
    /// <summary>Not text (binary content) or not readable from disk.</summary>
    Unreadable,
}

public static class FileStatusCodes
{
    public static string Code(this FileStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>What happened to one input file: one entry per file, whatever its fate.</summary>
public sealed record FileReport(
    string Path,
    FileStatus Status,
    string? Encoding,
    Layout Layout,
    string? ContentHash,
    int ArticleCount,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Size of the file in bytes (null when it could not be read).</summary>
    public long? ByteCount { get; init; }

    /// <summary>The line breaks the file used; the decoded text has them normalised to "\n".</summary>
    public NewlineStyle Newlines { get; init; }

    /// <summary>For <see cref="FileStatus.Duplicate"/>: the path of the first file with the same content.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>True when the file needs attention: partial or unreadable.</summary>
    public bool HasProblems => Status is FileStatus.Partial or FileStatus.Unreadable;
}

/// <summary>The articles read from one file and its report.</summary>
public sealed record FileResult(FileReport Report, IReadOnlyList<Article> Articles);
