namespace NewsCorpus.Text;

/// <summary>Character classes the normaliser and extractors reason about.</summary>
public static class CharClass
{
    /// <summary>CJK unified ideographs (basic, extension A, compatibility) and 〇.</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    /// <summary>Punctuation written full width in Chinese text: CJK symbols, full-width forms, curly quotes, dashes, ellipsis.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3001' and <= '\u3006' or >= '\u3008' and <= '\u303F' or >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65'
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·' or '▲' or '▶' or '◀' or '●';

    public static bool IsCjk(char c) => IsHan(c) || IsCjkPunctuation(c);

    /// <summary>Horizontal white space; tabs are excluded because they separate table cells.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
