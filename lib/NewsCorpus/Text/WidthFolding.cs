using System.Buffers;

namespace NewsCorpus.Text;

/// <summary>
/// One-for-one character folding: full-width letters, digits and ASCII symbols to ASCII (NFKC for
/// letters and digits), corner brackets to curly quotes, separators inside numbers to ASCII.
/// </summary>
internal static class WidthFolding
{
    /// <summary>Marks a character the normaliser drops (a CR before LF).</summary>
    public const char Dropped = '\0';

    private static readonly Dictionary<char, char> Symbols = new()
    {
        ['％'] = '%', ['＋'] = '+', ['－'] = '-', ['／'] = '/', ['＝'] = '=', ['＜'] = '<', ['＞'] = '>',
        ['＠'] = '@', ['＃'] = '#', ['＆'] = '&', ['＊'] = '*', ['＿'] = '_', ['＂'] = '"', ['＇'] = '\'',
        ['「'] = '“', ['」'] = '”', ['『'] = '‘', ['』'] = '’', ['～'] = '~',
    };

    /// <summary>Every character the first pass changes: full-width digits and letters, the symbols above, CR.</summary>
    private static readonly SearchValues<char> Changed =
        SearchValues.Create([.. Range('０', '９'), .. Range('Ａ', 'Ｚ'), .. Range('ａ', 'ｚ'), .. Symbols.Keys, '\r']);

    /// <summary>Full-width separators that become ASCII between digits.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create("．：，");

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

    /// <summary>Writes the folded text into <paramref name="chars"/> (as long as the text).</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> chars)
    {
        text.CopyTo(chars);
        for (var i = chars.IndexOfAny(Changed); i >= 0; i = SpanSearch.IndexOfAnyAfter(chars, i, Changed))
        {
            var c = chars[i];
            if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ') chars[i] = (char)(c - 0xFEE0);
            else if (c == '\r') chars[i] = i + 1 < text.Length && text[i + 1] == '\n' ? Dropped : '\n';
            else chars[i] = Symbols[c];
        }
        if (chars.Length < 3) return; // a separator needs a character on each side
        for (var i = SpanSearch.IndexOfAnyAfter(chars, 0, Separators); i >= 0 && i + 1 < chars.Length; i = SpanSearch.IndexOfAnyAfter(chars, i, Separators))
        {
            var before = NextNonSpace(chars, i, -1);
            var after = NextNonSpace(chars, i, +1);
            if (before < 0 || after < 0 || !CharClass.IsAsciiDigit(chars[before]) || !CharClass.IsAsciiDigit(chars[after])) continue;
            chars[i] = chars[i] switch
            {
                '．' => '.',
                '：' => ':',
                '，' when IsThousandsGroup(chars, after) => ',',
                var c => c,
            };
        }
    }

    /// <summary>Index of the nearest character that is not a space on the same line, or −1; spaces may vanish later.</summary>
    private static int NextNonSpace(ReadOnlySpan<char> chars, int i, int step)
    {
        for (var k = i + step; k >= 0 && k < chars.Length && chars[k] != '\n'; k += step)
            if (!CharClass.IsSpace(chars[k]) && chars[k] != Dropped) return k;
        return -1;
    }

    /// <summary>Exactly three digits follow, then no digit: "82，225.00".</summary>
    private static bool IsThousandsGroup(ReadOnlySpan<char> chars, int start) =>
        start + 3 <= chars.Length
        && CharClass.IsAsciiDigit(chars[start]) && CharClass.IsAsciiDigit(chars[start + 1]) && CharClass.IsAsciiDigit(chars[start + 2])
        && (start + 3 == chars.Length || !CharClass.IsAsciiDigit(chars[start + 3]));
}
