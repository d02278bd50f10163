namespace NewsCorpus.Reading.Assembly;

/// <summary>One non-blank line of the raw text: its 1-based number and the trimmed content's raw offsets.</summary>
internal readonly record struct SourceLine(int Number, int Start, int Length)
{
    public ReadOnlySpan<char> Text(string raw) => raw.AsSpan(Start, Length);
}

/// <summary>A run of non-blank lines and how many blank lines precede it.</summary>
internal sealed record Paragraph(List<SourceLine> Lines, int BlankLinesBefore)
{
    public int First => Lines[0].Number;
    public int Last => Lines[^1].Number;

    /// <summary>Splits a document (or a line range of it) at blank lines.</summary>
    public static List<Paragraph> Split(SourceDocument document, int firstLine = 1, int lastLine = int.MaxValue)
    {
        var result = new List<Paragraph>();
        var current = new List<SourceLine>();
        var blanks = 0;
        lastLine = Math.Min(lastLine, document.LineCount);
        for (var n = firstLine; n <= lastLine; n++)
        {
            var line = Trimmed(document, n);
            if (line.Length == 0)
            {
                if (current.Count > 0) { result.Add(new(current, blanks)); current = []; blanks = 0; }
                blanks++;
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0) result.Add(new(current, blanks));
        return result;
    }

    /// <summary>The line without surrounding white space (ASCII, ideographic and no-break spaces).</summary>
    public static SourceLine Trimmed(SourceDocument document, int number)
    {
        var start = document.LineStart(number);
        var span = document.Line(number);
        var lead = 0;
        while (lead < span.Length && IsBlank(span[lead])) lead++;
        var end = span.Length;
        while (end > lead && IsBlank(span[end - 1])) end--;
        return new(number, start + lead, end - lead);
    }

    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}

/// <summary>Joins lines into one mapped text without inserting anything between them (CJK needs no spaces).</summary>
internal static class MappedJoin
{
    /// <summary>The lines from index <paramref name="from"/> on, joined: kept as their raw pieces, so nothing is copied
    /// until the text is read.</summary>
    public static MappedText Lines(string raw, IReadOnlyList<SourceLine> lines, int from = 0)
    {
        if (from == lines.Count - 1) return MappedText.Slice(raw, lines[from].Start, lines[from].Length);
        var pieces = new int[2 * (lines.Count - from)];
        for (var k = from; k < lines.Count; k++)
        {
            pieces[2 * (k - from)] = lines[k].Start;
            pieces[2 * (k - from) + 1] = lines[k].Length;
        }
        return MappedText.FromPieces(raw, pieces, from < lines.Count ? lines[^1].Start + lines[^1].Length : 0);
    }
}
