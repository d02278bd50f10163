namespace NewsCorpus;

/// <summary>A decoded raw file: its text, how it was decoded and a line index for provenance.</summary>
public sealed class SourceDocument
{
    private readonly int[] _lineStarts;

    public SourceDocument(string path, string text, string encoding, string contentHash)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
        ContentHash = contentHash;
        _lineStarts = IndexLines(text);
    }

    /// <summary>Path as given to the parser.</summary>
    public string Path { get; }
    public string Text { get; }
    public string Encoding { get; }
    /// <summary>SHA-256 of the raw bytes, lower-case hex.</summary>
    public string ContentHash { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line number of a character offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>Text of a 1-based line without its line terminator.</summary>
    public ReadOnlySpan<char> Line(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        var span = Text.AsSpan(start, end - start);
        return span.TrimEnd("\r\n");
    }

    private static int[] IndexLines(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                if (i + 1 < text.Length) starts.Add(i + 1);
        }
        return [.. starts];
    }
}
