namespace NewsCorpus.Text;

/// <summary>
/// Canonical text for extraction: full-width letters and digits folded to ASCII, one style of CJK
/// punctuation and quotes, OCR spaces inside numbers and dates removed, table padding inside names
/// removed. Characters are only replaced one for one or dropped (spaces, CR), so every output
/// character keeps the raw offset of the character it came from. Normalising twice changes nothing.
/// </summary>
public static class TextNormalizer
{
    public static MappedText Normalize(string text) => Normalize(MappedText.Slice(text, 0, text.Length));

    /// <summary>Normalises a mapped text; the result's offsets point where the input's did (raw source offsets).</summary>
    public static MappedText Normalize(MappedText input)
    {
        var folded = WidthFolding.Fold(input.Text);
        PunctuationStyle.Apply(folded);
        return Compose(input, folded);
    }

    private static MappedText Compose(MappedText input, char[] folded)
    {
        var builder = new MappedTextBuilder();
        var previous = '\n';
        for (var i = 0; i < folded.Length;)
        {
            var c = folded[i];
            if (c == WidthFolding.Dropped) { i++; continue; }
            if (!CharClass.IsSpace(c))
            {
                builder.Append(c, input.Offsets[i]);
                previous = c;
                i++;
                continue;
            }
            var end = i;
            while (end < folded.Length && (CharClass.IsSpace(folded[end]) || folded[end] == WidthFolding.Dropped)) end++;
            var next = end < folded.Length ? folded[end] : '\n';
            if (IsColumnGap(folded, i, end) && previous is not ('\n' or '\t') && next is not ('\n' or '\t'))
            {
                builder.Append('\t', input.Offsets[i]);
                previous = '\t';
            }
            else if (KeepSpace(folded, previous, next, i, end))
            {
                builder.Append(' ', input.Offsets[i]);
                previous = ' ';
            }
            i = end;
        }
        return builder.Build(input.Offsets[input.Text.Length]);
    }

    private const int ColumnGapWidth = 3;

    /// <summary>Three spaces or more separate columns (web timestamp lines, aligned tables): they become one tab.</summary>
    private static bool IsColumnGap(char[] text, int start, int end)
    {
        var spaces = 0;
        for (var k = start; k < end; k++) if (text[k] != WidthFolding.Dropped) spaces++;
        return spaces >= ColumnGapWidth;
    }

    /// <summary>Whether a run of spaces [start, end) between two characters carries meaning.</summary>
    private static bool KeepSpace(char[] text, char left, char right, int start, int end)
    {
        if (left is '\n' or '\t' || right is '\n' or '\t' or '\r') return false;
        if (CharClass.IsCjkPunctuation(left) || CharClass.IsCjkPunctuation(right)) return false;
        var leftHan = CharClass.IsHan(left);
        var rightHan = CharClass.IsHan(right);
        if (leftHan && rightHan) return !IsPadding(text, start, end);
        // OCR spacing: "2 月 26 日", "10.5 万个", "捐献 400毫升".
        if ((leftHan && IsNumeric(right)) || (IsNumeric(left) && rightHan)) return false;
        return !(IsNumeric(left) && right == '%');
    }

    private static bool IsNumeric(char c) => CharClass.IsAsciiDigit(c);

    /// <summary>"王 强": one ideograph each side of the space, nothing else ideographic around (table padding).</summary>
    private static bool IsPadding(char[] text, int start, int end)
    {
        var before = start - 2;
        var after = end + 1;
        return (before < 0 || !CharClass.IsHan(text[before])) && (after >= text.Length || !CharClass.IsHan(text[after]));
    }
}
