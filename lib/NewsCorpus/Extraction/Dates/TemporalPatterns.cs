using System.Text.RegularExpressions;

namespace NewsCorpus.Extraction.Dates;

/// <summary>The surface patterns of temporal expressions in normalised Chinese news text.</summary>
internal static partial class TemporalPatterns
{
    private const string CnDay = "三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九]";
    private const string MonthDay = @"(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?<d>3[01]|[12][0-9]|0?[1-9]|" + CnDay + @")[日号])?";
    private const string LunarDay = "初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十";

    // Each pattern's group numbers are in a class of its own (IsoGroups …), looked up by name once.
    // The patterns below that begin with \G are tried only near their anchor characters (AnchoredPattern);
    // digits are [0-9], not \d: normalised text has folded full-width digits, and int.Parse reads ASCII only.
    private const string Digits = "0123456789";
    private const string ChineseDigits = "〇零一二三四五六七八九";

    /// <summary>2020-02-01, 2020-02-01 13:30:17.</summary>
    [GeneratedRegex(@"\G(?<![0-9.])(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[ T](?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?)?(?![0-9])")]
    private static partial Regex IsoAt();

    /// <summary>Four digits before the '-'.</summary>
    public static AnchoredPattern Iso { get; } = new(IsoAt(), "-", 4, Digits);

    public static class IsoGroups
    {
        public static readonly int Y = Iso.Group("y"), M = Iso.Group("m"), D = Iso.Group("d"), H = Iso.Group("h"), Mi = Iso.Group("mi"), S = Iso.Group("s");
    }

    /// <summary>2020年2月19日 星期三, 今年1月7日, 2021年12月份, 2月26日, 2021年 (a year or a month is required).</summary>
    [GeneratedRegex(@"\G(?<rel>今年|去年|上年|前年|明年|下年)?(?:(?<![0-9.])(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年(?![度代级])(?:" + MonthDay + @")?|(?<![0-9.])" + MonthDay + @")(?:\s?(?:星期|周)(?<wd>[一二三四五六日天]))?")]
    private static partial Regex CalendarAt();

    /// <summary>The 年 of 今年 or of a four-digit year comes at most 4 characters in, the 月 of a month at most 2.</summary>
    public static AnchoredPattern Calendar { get; } = new(CalendarAt(), "年月", 4, "今去上前明下十" + Digits + ChineseDigits);

    public static class CalendarGroups
    {
        public static readonly int Rel = Calendar.Group("rel"), Y = Calendar.Group("y"), M = Calendar.Group("m"), D = Calendar.Group("d");
    }

    /// <summary>A day of the month alone: 26日, 8日 (not 第8日, 每5日, [2020]5号, (2020)01号).</summary>
    [GeneratedRegex(@"\G(?<![0-9.第每\]〕】)）])(?<d>3[01]|[12][0-9]|0?[1-9])(?:日|号)(?![0-9楼线文令])")]
    private static partial Regex DayOfMonthAt();

    public static AnchoredPattern DayOfMonth { get; } = new(DayOfMonthAt(), "日号", 2, Digits);

    public static class DayOfMonthGroups
    {
        public static readonly int D = DayOfMonth.Group("d");
    }

    /// <summary>2019-2020年度.</summary>
    [GeneratedRegex(@"\G(?<![0-9.])(?<y1>[0-9]{4})\s?[-—~至到]\s?(?<y2>[0-9]{4})年(?:度)?")]
    private static partial Regex YearRangeAt();

    /// <summary>The connector comes after four digits and a space at most.</summary>
    public static AnchoredPattern YearRange { get; } = new(YearRangeAt(), "-—~至到", 5, Digits);

    public static class YearRangeGroups
    {
        public static readonly int Y1 = YearRange.Group("y1"), Y2 = YearRange.Group("y2");
    }

    /// <summary>凌晨1点55分, 晚8时许, 上午9点半, 下午一点半, 17时, 晚上10点钟.</summary>
    [GeneratedRegex(@"\G(?<p>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|半夜|晚|早)?(?<![0-9.])(?<h>2[0-4]|[01]?[0-9]|[零一二两三四五六七八九十]{1,3})(?<u>点|时)(?:(?<mi>[0-5]?[0-9]|[零一二三四五六七八九十]{1,3})分|(?<half>半)|(?<q>一刻|三刻))?(?<ax>许|左右|多|钟)?")]
    private static partial Regex TimeOfDayAt();

    /// <summary>点 or 时 comes after a period word (2 characters) and an hour (3 at most).</summary>
    public static AnchoredPattern TimeOfDay { get; } = new(TimeOfDayAt(), "点时", 5, "凌清早上中下傍晚夜深半两十" + Digits + ChineseDigits);

    public static class TimeOfDayGroups
    {
        public static readonly int P = TimeOfDay.Group("p"), H = TimeOfDay.Group("h"), U = TimeOfDay.Group("u"), Mi = TimeOfDay.Group("mi"),
            Half = TimeOfDay.Group("half"), Q = TimeOfDay.Group("q"), Ax = TimeOfDay.Group("ax");
    }

    /// <summary>今天, 昨日, 当天, 次日, 第二天 …</summary>
    [GeneratedRegex(@"\G(?:今天|今日|今晚|今早|昨天|昨日|昨晚|前天|前日|明天|明日|明晚|后天|当天|当日|当晚|次日|翌日|第二天)")]
    private static partial Regex RelativeDayAt();

    /// <summary>Anchored on the second character (二 of 第二天), so a common first one (前, 后, 当, 第) alone costs no try.</summary>
    public static AnchoredPattern RelativeDay { get; } = new(RelativeDayAt(), "天日晚早二", 1, "今昨前明后当次翌第");

    /// <summary>今年, 去年, 前年, 明年.</summary>
    [GeneratedRegex(@"\G(?:今年|去年|上年|前年|明年|下年)")]
    private static partial Regex RelativeYearAt();

    public static AnchoredPattern RelativeYear { get; } = new(RelativeYearAt(), "年", 1, "今去上前明下");

    /// <summary>本月, 上个月, 下月.</summary>
    [GeneratedRegex(@"\G(?:本月|上个?月|下个?月|当月)")]
    private static partial Regex RelativeMonthAt();

    public static AnchoredPattern RelativeMonth { get; } = new(RelativeMonthAt(), "月", 2, "本上下当");

    /// <summary>上周, 本周, 下周三, 上个星期.</summary>
    [GeneratedRegex(@"\G(?<w>上个?|本|这|下个?)(?:周|星期|礼拜)(?<wd>[一二三四五六日天])?")]
    private static partial Regex RelativeWeekAt();

    public static AnchoredPattern RelativeWeek { get; } = new(RelativeWeekAt(), "周星礼", 2, "上本这下");

    public static class RelativeWeekGroups
    {
        public static readonly int W = RelativeWeek.Group("w"), Wd = RelativeWeek.Group("wd");
    }

    /// <summary>星期三, 周三 (not 每周三).</summary>
    [GeneratedRegex(@"\G(?<!每)(?:星期(?<wd>[一二三四五六日天])|礼拜(?<wd>[一二三四五六日天])|周(?<wd>[一二三四五六日]))")]
    private static partial Regex WeekdayAt();

    public static AnchoredPattern Weekday { get; } = new(WeekdayAt(), "星礼周", 0, "星礼周");

    public static class WeekdayGroups
    {
        public static readonly int Wd = Weekday.Group("wd");
    }

    /// <summary>近日, 日前: recent, kept as vague.</summary>
    [GeneratedRegex(@"\G(?:近日|日前)")]
    private static partial Regex VagueAt();

    /// <summary>Anchored on 近 and 前 rather than on the common 日.</summary>
    public static AnchoredPattern Vague { get; } = new(VagueAt(), "近前", 1, "近日");

    /// <summary>除夕, 大年三十, 大年初四, 正月十五, 腊月二十三, 农历十月初一.</summary>
    [GeneratedRegex(@"\G(?:(?:农历)?(?:(?<eve>除夕|大年三十)|大年初(?<d1>[一二三四五六七八九十])|(?<lm>正|腊|冬)月(?<ld>" + LunarDay + @")?)|农历(?<nm>十[一二]?|[一二三四五六七八九])月(?<nd>" + LunarDay + @")?)")]
    private static partial Regex LunarAt();

    /// <summary>夕, 年 or 月 comes at most 4 characters in (农历十一月); 年 and 月 are a calendar date's anchors already.</summary>
    public static AnchoredPattern Lunar { get; } = new(LunarAt(), "夕年月", 4, "农除大正腊冬");

    public static class LunarGroups
    {
        public static readonly int Eve = Lunar.Group("eve"), D1 = Lunar.Group("d1"), Lm = Lunar.Group("lm"), Ld = Lunar.Group("ld"), Nm = Lunar.Group("nm"), Nd = Lunar.Group("nd");
    }

    /// <summary>
    /// Holidays by name (<see cref="Holidays"/>), lunar and Gregorian, anchored on the last character of a
    /// name (节, 日, 年 …: fewer common ones than first characters). Interpreted, not compiled: it is tried
    /// only at those anchors, and compiling it (Reflection.Emit and the JIT) cost every run's start as much.
    /// </summary>
    public static AnchoredPattern Holiday { get; } = new(new Regex(@"\G(?:" + Holidays.Pattern + ")"),
        string.Concat(Holidays.All.Select(h => h.Name[^1])), Holidays.All.Max(h => h.Name.Length) - 1, string.Concat(Holidays.All.Select(h => h.Name[0])));

    /// <summary>All of the above, in one pass over a text.</summary>
    public static AnchoredPatternSet All { get; } =
        new([Iso, Calendar, DayOfMonth, YearRange, TimeOfDay, RelativeDay, RelativeYear, RelativeMonth, RelativeWeek, Weekday, Vague, Lunar, Holiday]);

    /// <summary>Words that make a date the end of a period (截至2月17日), longest first.</summary>
    public static readonly string[] EndMarkers = ["截止到", "截至", "截止", "直至"];
}
