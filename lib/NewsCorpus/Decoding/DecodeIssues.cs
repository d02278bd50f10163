namespace NewsCorpus.Decoding;

/// <summary>
/// Problems found while decoding, placed by character index in the decoded text (before newline
/// normalisation) and by byte offset in the file; turned into diagnostics with line numbers at the end.
/// At most <see cref="MaxPerCode"/> are kept per code, so a file of garbage cannot flood the report.
/// </summary>
internal sealed class DecodeIssues
{
    public const int MaxPerCode = 50;

    private readonly List<(int CharIndex, long ByteOffset, Severity Severity, string Code, string Message)> _issues = [];
    private readonly Dictionary<string, int> _perCode = [];

    public int Count => _issues.Count;

    public void Add(int charIndex, long byteOffset, Severity severity, string code, string message)
    {
        var seen = _perCode.GetValueOrDefault(code);
        _perCode[code] = seen + 1;
        if (seen < MaxPerCode) _issues.Add((charIndex, byteOffset, severity, code, message));
    }

    public IReadOnlyList<Diagnostic> ToDiagnostics(string text, string path)
    {
        if (_issues.Count == 0) return []; // as most files: no sorting, and no sorting code to compile
        var ordered = _issues.OrderBy(i => i.CharIndex).ToList();
        var diagnostics = new List<Diagnostic>(ordered.Count + 1);
        var line = 1;
        var position = 0;
        foreach (var issue in ordered)
        {
            for (; position < issue.CharIndex && position < text.Length; position++)
            {
                var c = text[position];
                if (c == '\n' || (c == '\r' && (position + 1 >= text.Length || text[position + 1] != '\n'))) line++;
            }
            diagnostics.Add(new Diagnostic(path, line, issue.Severity, issue.Code, issue.Message) { ByteOffset = issue.ByteOffset });
        }
        foreach (var (code, count) in _perCode.Where(p => p.Value > MaxPerCode))
            diagnostics.Add(new Diagnostic(path, null, Severity.Error, code, $"{count - MaxPerCode} more {code} problems not listed (first {MaxPerCode} above)"));
        return diagnostics;
    }
}
