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

    private static readonly SearchValues<char> SymbolKeys = SearchValues.Create([.. Symbols.Keys]);

    public static char[] Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ') chars[i] = (char)(c - 0xFEE0);
            else if (SymbolKeys.Contains(c)) chars[i] = Symbols[c];
            else if (c == '\r') chars[i] = i + 1 < text.Length && text[i + 1] == '\n' ? Dropped : '\n';
        }
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] is not ('．' or '：' or '，')) continue;
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
        return chars;
    }

    /// <summary>Index of the nearest character that is not a space on the same line, or −1; spaces may vanish later.</summary>
    private static int NextNonSpace(char[] chars, int i, int step)
    {
        for (var k = i + step; k >= 0 && k < chars.Length && chars[k] != '\n'; k += step)
            if (!CharClass.IsSpace(chars[k]) && chars[k] != Dropped) return k;
        return -1;
    }

    /// <summary>Exactly three digits follow, then no digit: "82，225.00".</summary>
    private static bool IsThousandsGroup(char[] chars, int start) =>
        start + 3 <= chars.Length
        && CharClass.IsAsciiDigit(chars[start]) && CharClass.IsAsciiDigit(chars[start + 1]) && CharClass.IsAsciiDigit(chars[start + 2])
        && (start + 3 == chars.Length || !CharClass.IsAsciiDigit(chars[start + 3]));
}
