namespace NewsCorpus.Reading.Lexicon;

/// <summary>A dateline at the start of a paragraph, its bracketed byline and where the body begins.</summary>
public sealed record DatelineMatch(string Dateline, IReadOnlyList<Byline> Bylines, int BodyStart);

public static class DatelineParser
{
    /// <summary>"株洲日报讯(全媒体记者/成炫兰) 11月11日,…" → 株洲日报讯, [成炫兰 全媒体记者], offset of "11月11日".</summary>
    public static DatelineMatch? Match(string paragraph) => Match(paragraph.AsSpan());

    /// <inheritdoc cref="Match(string)"/>
    public static DatelineMatch? Match(ReadOnlySpan<char> paragraph)
    {
        var length = Datelines.Match(paragraph);
        if (length == 0) return null;
        var i = SkipSpaces(paragraph, length);
        IReadOnlyList<Byline> bylines = [];
        if (i < paragraph.Length && paragraph[i] is '(' or '（')
        {
            var close = paragraph[i..].IndexOfAny(')', '）') is var found and >= 0 ? i + found : -1;
            if (close > i && BylineParser.Parse(paragraph[(i + 1)..close]) is { } parsed)
            {
                bylines = parsed;
                i = SkipSpaces(paragraph, close + 1);
            }
        }
        return new(paragraph[..length].ToString(), bylines, i);
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }
}
