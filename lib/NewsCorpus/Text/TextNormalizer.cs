using System.Buffers;

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

    /// <summary>Normalises a mapped text; the result's offsets point where the input's did (raw source offsets).
    /// A text normalisation does not change is returned as it is, and one it changes character for character shares its offsets;
    /// the offsets of one that lost characters are worked out when first asked for (extraction reads only the text).</summary>
    public static MappedText Normalize(MappedText input) => Normalize(input, lazyOffsets: true);

    private static MappedText Normalize(MappedText input, bool lazyOffsets)
    {
        var length = input.Text.Length;
        var folded = ArrayPool<char>.Shared.Rent(length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        var offsets = ArrayPool<int>.Shared.Rent(length);
        try
        {
            var view = folded.AsSpan(0, length);
            WidthFolding.Fold(input.Text, view);
            PunctuationStyle.Apply(view);
            // Most texts have no space or CR to drop: then every character keeps its offset, and often nothing changed at all.
            if (view.IndexOfAny(SpaceOrDropped) < 0)
                return view.SequenceEqual(input.Text) ? input
                    : lazyOffsets ? MappedText.WithLazyOffsets(new string(view), () => input.Offsets) : new MappedText(new string(view), input.Offsets);
            // Asking for the input's offsets would build the map of a body still kept as raw pieces: the lazy result composes the characters alone.
            var count = Compose(folded.AsSpan(0, length), lazyOffsets ? null : input.Offsets, chars, offsets);
            var text = new string(chars, 0, count);
            if (lazyOffsets) return MappedText.WithLazyOffsets(text, () => Normalize(input, lazyOffsets: false).Offsets);
            var mapped = new int[count + 1];
            offsets.AsSpan(0, count).CopyTo(mapped);
            mapped[count] = input.Offsets[length];
            return new MappedText(text, mapped);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(offsets);
        }
    }

    /// <summary>Spaces and dropped characters: everything else is copied as it is, a run at a time.</summary>
    private static readonly SearchValues<char> SpaceOrDropped = SearchValues.Create([' ', '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200B', WidthFolding.Dropped]);

    /// <summary>Writes the output characters and, when <paramref name="source"/> is given, their raw offsets; returns how many there are.</summary>
    private static int Compose(ReadOnlySpan<char> folded, int[]? source, char[] chars, int[] offsets)
    {
        var count = 0;
        var previous = '\n';
        for (var i = 0; i < folded.Length;)
        {
            var run = folded[i..].IndexOfAny(SpaceOrDropped);
            if (run < 0) run = folded.Length - i;
            if (run > 0)
            {
                folded.Slice(i, run).CopyTo(chars.AsSpan(count));
                source?.AsSpan(i, run).CopyTo(offsets.AsSpan(count));
                count += run;
                i += run;
                previous = folded[i - 1];
                continue;
            }
            if (folded[i] == WidthFolding.Dropped) { i++; continue; }
            var end = i;
            while (end < folded.Length && (CharClass.IsSpace(folded[end]) || folded[end] == WidthFolding.Dropped)) end++;
            var next = end < folded.Length ? folded[end] : '\n';
            if (IsColumnGap(folded, i, end) && previous is not ('\n' or '\t') && next is not ('\n' or '\t'))
            {
                chars[count] = '\t';
                offsets[count++] = source?[i] ?? 0;
                previous = '\t';
            }
            else if (KeepSpace(folded, previous, next, i, end))
            {
                chars[count] = ' ';
                offsets[count++] = source?[i] ?? 0;
                previous = ' ';
            }
            i = end;
        }
        return count;
    }

    private const int ColumnGapWidth = 3;

    /// <summary>Three spaces or more separate columns (web timestamp lines, aligned tables): they become one tab.</summary>
    private static bool IsColumnGap(ReadOnlySpan<char> text, int start, int end)
    {
        var spaces = 0;
        for (var k = start; k < end; k++) if (text[k] != WidthFolding.Dropped) spaces++;
        return spaces >= ColumnGapWidth;
    }

    /// <summary>Whether a run of spaces [start, end) between two characters carries meaning.</summary>
    private static bool KeepSpace(ReadOnlySpan<char> text, char left, char right, int start, int end)
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
    private static bool IsPadding(ReadOnlySpan<char> text, int start, int end)
    {
        var before = start - 2;
        var after = end + 1;
        return (before < 0 || !CharClass.IsHan(text[before])) && (after >= text.Length || !CharClass.IsHan(text[after]));
    }
}
