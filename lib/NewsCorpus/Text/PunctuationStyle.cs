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

    public static void Apply(char[] text)
    {
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            ApplyToLine(text, lineStart, i);
            lineStart = i + 1;
        }
    }

    private static void ApplyToLine(char[] text, int start, int end)
    {
        var openQuote = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!Marks.Contains(c)) continue;
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
    private static void ApplyToParentheses(char[] text, int open, int start, int end)
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
    private static char Neighbour(char[] text, int i, int step, int start, int end)
    {
        for (var k = i + step; k >= start && k < end; k += step)
            if (!CharClass.IsSpace(text[k]) && text[k] != WidthFolding.Dropped) return text[k];
        return '\n';
    }
}
