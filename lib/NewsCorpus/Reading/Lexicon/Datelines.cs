using System.Text.RegularExpressions;

namespace NewsCorpus.Reading.Lexicon;

/// <summary>Datelines that open a news item ("株洲日报讯", "本报讯"), longest first.</summary>
public static partial class Datelines
{
    public static IReadOnlyList<string> Known => KnownArray;

    // An array to loop over: enumerating the read-only list allocates, and every body paragraph is asked.
    private static readonly string[] KnownArray = ["株洲日报·掌上株洲讯", "株洲日报讯", "掌上株洲讯", "本报讯", "新华社讯"];

    /// <summary>Other papers' datelines: a name ending in 日报/晚报/报/社 followed by 讯.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}·]{0,10}(日报|晚报|报|社)[\p{IsCJKUnifiedIdeographs}·]{0,6}讯")]
    private static partial Regex Generic();

    private const int GenericMaxLength = 19;

    /// <summary>Length of the dateline at the start of <paramref name="text"/>, 0 when there is none.</summary>
    public static int Match(string text) => Match(text.AsSpan());

    /// <inheritdoc cref="Match(string)"/>
    public static int Match(ReadOnlySpan<char> text)
    {
        foreach (var known in KnownArray)
            if (text.StartsWith(known, StringComparison.Ordinal)) return known.Length;
        // The generic pattern starts with a CJK ideograph or "·" and has its 讯 within the first 19 characters
        // (10 + 2 + 6 + 1): most paragraphs are ruled out without trying it.
        if (text.Length == 0 || !(text[0] is >= '\u4e00' and <= '\u9fff' or '·')) return 0;
        if (!text[..Math.Min(GenericMaxLength, text.Length)].Contains('讯')) return 0;
        foreach (var m in Generic().EnumerateMatches(text)) return m.Length;
        return 0;
    }
}
