using System.Buffers;

namespace NewsCorpus.Text;

/// <summary>
/// ASCII punctuation inside Chinese text takes its full-width form (，：；！？（）“”), so that web
/// pages and e-paper text read alike; ASCII stays where it belongs (13:30, 1,000, (1), URLs).
/// Decisions look only at ideographs and digits around a mark, which folding never changes.
/// </summary>
internal static class PunctuationStyle
{
    private static readonly Dictionary<char, char> FullWidth = new()
    {
        [','] = '，', [':'] = '：', [';'] = '；', ['!'] = '！', ['?'] = '？',
    };

    /// <summary>The characters this style may change; all others are skipped without looking at their neighbours.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create(",:;!?\"()");

    public static void Apply(Span<char> text)
    {
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var length = text[lineStart..].IndexOf('\n');
            var end = length < 0 ? text.Length : lineStart + length;
            ApplyToLine(text, lineStart, end);
            lineStart = end + 1;
        }
    }

    private static void ApplyToLine(Span<char> text, int start, int end)
    {
        var openQuote = true;
        for (var i = start; i < end; i++)
        {
            var skip = text[i..end].IndexOfAny(Marks);
            if (skip < 0) return;
            i += skip;
            var c = text[i];
            var before = Neighbour(text, i, -1, start, end);
            var after = Neighbour(text, i, +1, start, end);
            var nearHan = CharClass.IsHan(before) || CharClass.IsHan(after);
            if (FullWidth.TryGetValue(c, out var wide))
            {
                if (nearHan && !(CharClass.IsAsciiDigit(before) && CharClass.IsAsciiDigit(after))) text[i] = wide;
            }
            else if (c == '"' && nearHan)
            {
                text[i] = openQuote ? '“' : '”';
                openQuote = !openQuote;
            }
            else if (c == '(')
            {
                ApplyToParentheses(text, i, start, end);
            }
            else if (c == ')' && CharClass.IsHan(before))
            {
                text[i] = '）';
            }
        }
    }

    /// <summary>A pair becomes （…） when it holds an ideograph or follows one: (记者/陈正明), (右).</summary>
    private static void ApplyToParentheses(Span<char> text, int open, int start, int end)
    {
        var depth = 0;
        var hasHan = false;
        for (var k = open + 1; k < end; k++)
        {
            if (text[k] == '(') depth++;
            else if (text[k] == ')' && depth-- == 0)
            {
                if (hasHan || CharClass.IsHan(Neighbour(text, open, -1, start, end)))
                {
                    text[open] = '（';
                    text[k] = '）';
                }
                return;
            }
            hasHan |= CharClass.IsHan(text[k]);
        }
        if (CharClass.IsHan(Neighbour(text, open, -1, start, end)) || CharClass.IsHan(Neighbour(text, open, +1, start, end)))
            text[open] = '（';
    }

    /// <summary>Nearest character that is not a space on the same line, or '\n'.</summary>
    private static char Neighbour(ReadOnlySpan<char> text, int i, int step, int start, int end)
    {
        for (var k = i + step; k >= start && k < end; k += step)
            if (!CharClass.IsSpace(text[k]) && text[k] != WidthFolding.Dropped) return text[k];
        return '\n';
    }
}
