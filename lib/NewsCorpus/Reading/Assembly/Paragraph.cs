using NewsCorpus.Text;

namespace NewsCorpus.Reading.Assembly;

/// <summary>One non-blank line of the raw text: its 1-based number and the trimmed content's raw offsets.</summary>
internal readonly record struct SourceLine(int Number, int Start, int Length)
{
    public ReadOnlySpan<char> Text(string raw) => raw.AsSpan(Start, Length);
}

/// <summary>A run of non-blank lines and how many blank lines precede it.</summary>
/// <remarks>The lines of all paragraphs of a page share one array, each paragraph a segment of it.</remarks>
internal readonly record struct Paragraph(ArraySegment<SourceLine> Lines, int BlankLinesBefore)
{
    public int First => Lines[0].Number;
    public int Last => Lines[^1].Number;

    /// <summary>Splits a document (or a line range of it) at blank lines.</summary>
    public static List<Paragraph> Split(SourceDocument document, int firstLine = 1, int lastLine = int.MaxValue)
    {
        lastLine = Math.Min(lastLine, document.LineCount);
        var lines = new SourceLine[Math.Max(0, lastLine - firstLine + 1)];
        // Blank lines separate paragraphs, so there are at most half as many (rounded up) as lines: sized once.
        var result = new List<Paragraph>((lines.Length + 1) / 2);
        int count = 0, start = 0, blanks = 0;
        for (var n = firstLine; n <= lastLine; n++)
        {
            var line = Trimmed(document, n);
            if (line.Length == 0)
            {
                if (count > start) { result.Add(new(new(lines, start, count - start), blanks)); start = count; blanks = 0; }
                blanks++;
                continue;
            }
            lines[count++] = line;
        }
        if (count > start) result.Add(new(new(lines, start, count - start), blanks));
        return result;
    }

    /// <summary>The line without surrounding white space (ASCII, ideographic and no-break spaces).</summary>
    public static SourceLine Trimmed(SourceDocument document, int number)
    {
        // The line up to the next line's start: its terminator is blank, so the trim below takes it off too.
        var start = document.LineStart(number);
        var span = document.Text.AsSpan(start, (number < document.LineCount ? document.LineStart(number + 1) : document.Text.Length) - start);
        var lead = 0;
        while (lead < span.Length && IsBlank(span[lead])) lead++;
        var end = span.Length;
        while (end > lead && IsBlank(span[end - 1])) end--;
        return new(number, start + lead, end - lead);
    }

    public static bool IsBlank(char c) => WhiteSpace.Is(c) || c == '\uFEFF';
}

/// <summary>Joins lines into one mapped text without inserting anything between them (CJK needs no spaces).</summary>
internal static class MappedJoin
{
    /// <summary>The lines joined: kept as their raw pieces, so nothing is copied
    /// until the text is read.</summary>
    public static MappedText Lines(string raw, ReadOnlySpan<SourceLine> lines)
    {
        if (lines.Length == 1) return MappedText.Slice(raw, lines[0].Start, lines[0].Length);
        var pieces = new int[2 * lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            pieces[2 * k] = lines[k].Start;
            pieces[2 * k + 1] = lines[k].Length;
        }
        return MappedText.FromPieces(raw, pieces, lines.Length > 0 ? lines[^1].Start + lines[^1].Length : 0);
    }
}
