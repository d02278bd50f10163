using System.Globalization;
using NewsCorpus.Extraction.Numbers;

namespace NewsCorpus.Extraction.Dates;

/// <summary>The values temporal words and numbers stand for, shared by the recognizers.</summary>
internal static class TemporalValues
{
    /// <summary>The characters a weekday is named by after 星期, 礼拜 or 周, and the days they name.</summary>
    public const string WeekdayNames = "一二三四五六日天";

    private static readonly DayOfWeek[] WeekdayValues =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Sunday];

    public static DayOfWeek Weekday(char name) => WeekdayValues[WeekdayNames.IndexOf(name)];

    /// <summary>今年, 去年 … and their offsets in years, in the order a regex alternation would try them.</summary>
    public static readonly string[] RelativeYearWords = ["今年", "去年", "上年", "前年", "明年", "下年"];

    public static readonly int[] RelativeYearOffsets = [0, -1, -1, -2, 1, 1];

    public static bool Valid(int? month, int? day) => month is null or (>= 1 and <= 12) && day is null or (>= 1 and <= 31);

    public static int Int(ReadOnlySpan<char> digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>Arabic or Chinese digits (12, 十二, 二〇二〇); null when the Chinese ones make no number.</summary>
    public static int? Number(ReadOnlySpan<char> s) =>
        char.IsAsciiDigit(s[0]) ? Int(s) : ChineseNumerals.Parse(s) is { } d ? (int)d : null;

    /// <summary>How far back a quotation may have opened: a long quoted speech, not a whole unbroken page.</summary>
    private const int QuotationReach = 500;

    /// <summary>Inside “…” on the same line: a speaker's 今天 is the day of the event reported, not the day of the paper.</summary>
    public static bool InsideQuotation(string text, int index)
    {
        var depth = 0;
        for (var k = index - 1; k >= Math.Max(0, index - QuotationReach) && text[k] != '\n'; k--)
            depth += text[k] switch { '“' => 1, '”' => -1, _ => 0 };
        return depth > 0;
    }
}
