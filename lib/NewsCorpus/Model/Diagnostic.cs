namespace NewsCorpus;

public enum Severity { Info, Warning, Error }

/// <summary>Something a reader or extractor could not do cleanly, with the file and place it concerns.</summary>
/// <param name="Source">Source file path as given to the parser.</param>
/// <param name="Line">1-based line in the raw file, when the problem has a place.</param>
/// <param name="Code">Stable machine-readable code, e.g. "detached-heading".</param>
public sealed record Diagnostic(string Source, int? Line, Severity Severity, string Code, string Message)
{
    /// <summary>0-based byte offset in the raw file, for problems found in the bytes (decoding).</summary>
    public long? ByteOffset { get; init; }

    public override string ToString() =>
        $"{Source}{(Line is int l ? $":{l}" : "")}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}{(ByteOffset is long b ? $" (byte {b})" : "")}";
}
