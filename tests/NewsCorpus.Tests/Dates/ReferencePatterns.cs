using System.Text.RegularExpressions;
using NewsCorpus.Extraction.Dates;

namespace NewsCorpus.Tests.Dates;

/// <summary>
/// The regexes the date recognizers were written from, and are checked against: each recognizer must
/// find what its regex finds scanning the whole text, with the same groups.
/// </summary>
internal static class ReferencePatterns
{
    private const string CnDay = "三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九]";
    private const string MonthDay = @"(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?<d>3[01]|[12][0-9]|0?[1-9]|" + CnDay + @")[日号])?";
    private const string LunarDay = "初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十";

    public static readonly IReadOnlyList<(string Name, AnchoredRecognizer Recognizer, Regex Pattern)> All =
    [
        ("Iso", TemporalShapes.Iso, new(@"(?<![0-9.])(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[ T](?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?)?(?![0-9])")),
        ("Calendar", TemporalShapes.Calendar, new(@"(?<rel>今年|去年|上年|前年|明年|下年)?(?:(?<![0-9.])(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年(?![度代级])(?:" + MonthDay + @")?|(?<![0-9.])" + MonthDay + @")(?:\s?(?:星期|周)(?<wd>[一二三四五六日天]))?")),
        ("DayOfMonth", TemporalShapes.DayOfMonth, new(@"(?<![0-9.第每\]〕】)）])(?<d>3[01]|[12][0-9]|0?[1-9])(?:日|号)(?![0-9楼线文令])")),
        ("YearRange", TemporalShapes.YearRange, new(@"(?<![0-9.])(?<y1>[0-9]{4})\s?[-—~至到]\s?(?<y2>[0-9]{4})年(?:度)?")),
        ("TimeOfDay", TemporalShapes.TimeOfDay, new(@"(?<p>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|半夜|晚|早)?(?<![0-9.])(?<h>2[0-4]|[01]?[0-9]|[零一二两三四五六七八九十]{1,3})(?<u>点|时)(?:(?<mi>[0-5]?[0-9]|[零一二三四五六七八九十]{1,3})分|(?<half>半)|(?<q>一刻|三刻))?(?<ax>许|左右|多|钟)?")),
        ("RelativeDay", TemporalShapes.RelativeDay, new("今天|今日|今晚|今早|昨天|昨日|昨晚|前天|前日|明天|明日|明晚|后天|当天|当日|当晚|次日|翌日|第二天")),
        ("RelativeYear", TemporalShapes.RelativeYear, new("今年|去年|上年|前年|明年|下年")),
        ("RelativeMonth", TemporalShapes.RelativeMonth, new("本月|上个?月|下个?月|当月")),
        ("RelativeWeek", TemporalShapes.RelativeWeek, new("(?<w>上个?|本|这|下个?)(?:周|星期|礼拜)(?<wd>[一二三四五六日天])?")),
        ("Weekday", TemporalShapes.Weekday, new("(?<!每)(?:星期(?<wd>[一二三四五六日天])|礼拜(?<wd>[一二三四五六日天])|周(?<wd>[一二三四五六日]))")),
        ("Vague", TemporalShapes.Vague, new("近日|日前")),
        ("Lunar", TemporalShapes.Lunar, new(@"(?:(?:农历)?(?:(?<eve>除夕|大年三十)|大年初(?<d1>[一二三四五六七八九十])|(?<lm>正|腊|冬)月(?<ld>" + LunarDay + @")?)|农历(?<nm>十[一二]?|[一二三四五六七八九])月(?<nd>" + LunarDay + @")?)")),
        ("Holiday", TemporalShapes.Holiday, new(Holidays.Pattern)),
    ];

    /// <summary>A match as text: where it is, what it covers, and each group the recognizer fills (name@index+length).</summary>
    public static string Describe(string text, int start, int end, IEnumerable<(string Name, bool Success, int Index, int Length)> groups) =>
        $"{start}:{text[start..end]} " + string.Join(" ", groups.Where(g => g.Success).Select(g => $"{g.Name}@{g.Index}+{g.Length}"));

    /// <summary>What the regex finds, scanning every position itself.</summary>
    public static List<string> ByRegex(AnchoredRecognizer recognizer, Regex pattern, string text) =>
        [.. pattern.Matches(text).Select(m => Describe(text, m.Index, m.Index + m.Length,
            recognizer.Groups.Select(g => (g, m.Groups[g].Success, m.Groups[g].Index, m.Groups[g].Length))))];

    public static string Describe(AnchoredRecognizer recognizer, string text, int start, Captures match) =>
        Describe(text, start, match.End, recognizer.Groups.Select((g, i) => (g, match.Has(i), match.Index(i), match.Length(i))));
}
