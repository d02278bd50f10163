using static NewsCorpus.Extraction.Dates.TextAt;
using static NewsCorpus.Extraction.Dates.TemporalValues;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// 2020年2月19日 星期三, 今年1月7日, 2021年12月份, 2月26日, 2021年, 二〇二〇年 (a year or a month is required).
/// The regex: <c>(?&lt;rel&gt;今年|去年|上年|前年|明年|下年)?(?:(?&lt;![0-9.])(?&lt;y&gt;[0-9]{4}|[〇零一二三四五六七八九]{4})年(?![度代级])(?:MONTHDAY)?|(?&lt;![0-9.])MONTHDAY)(?:\s?(?:星期|周)(?&lt;wd&gt;[一二三四五六日天]))?</c>
/// with MONTHDAY <c>(?&lt;m&gt;1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?&lt;d&gt;3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九])[日号])?</c>.
/// The 年 of 今年 or of a four-digit year comes at most 4 characters in, the 月 of a month at most 2.
/// </summary>
internal sealed class CalendarShape() : AnchoredRecognizer("年月", 4, "今去上前明下十" + Digits + ChineseDigits, "rel", "y", "m", "d")
{
    public const int Rel = 0, Y = 1, M = 2, D = 3;

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        if (WordAt(text, start, RelativeYearWords) >= 0)
        {
            match.Set(Rel, start, 2);
            if (Body(text, start + 2, ref match)) return true;
            match.Clear(Rel);
        }
        return Body(text, start, ref match);
    }

    private static bool Body(string text, int i, ref Captures match)
    {
        if (NumberBefore(text, i)) return false;
        int end;
        if ((AreDigits(text, i, 4) || AreIn(text, i, 4, ChineseDigits)) && Is(text, i + 4, '年') && !IsIn(text, i + 5, "度代级"))
        {
            match.Set(Y, i, 4);
            end = i + 5;
            if (MonthDay(text, end, ref match) is var monthEnd and >= 0) end = monthEnd;
        }
        else if (MonthDay(text, i, ref match) is var monthDayEnd and >= 0) end = monthDayEnd;
        else return false;
        match.End = WeekdayAfter(text, end);
        return true;
    }

    /// <summary>A month and maybe its day (2月, 12月份, 2月19日, 十月初一日): where it ends, or −1.</summary>
    private static int MonthDay(string text, int i, ref Captures match)
    {
        var month = MonthLength(text, i);
        if (month == 0) return -1;
        match.Set(M, i, month);
        var at = i + month + 1;
        if (Is(text, at, '份')) at++;
        var day = DayLength(text, at);
        if (day == 0) return at;
        match.Set(D, at, day);
        return at + day + 1;
    }

    /// <summary>The length of the month number written at i right before 月; 0 when there is none.</summary>
    private static int MonthLength(string text, int i)
    {
        if (Is(text, i, '1') && IsIn(text, i + 1, "012") && Is(text, i + 2, '月')) return 2;
        if (Is(text, i, '0') && IsIn(text, i + 1, "123456789") && Is(text, i + 2, '月')) return 2;
        if (IsIn(text, i, "123456789") && Is(text, i + 1, '月')) return 1;
        if (Is(text, i, '十') && IsIn(text, i + 1, "一二") && Is(text, i + 2, '月')) return 2;
        if (IsIn(text, i, "十" + OneToNine) && Is(text, i + 1, '月')) return 1;
        return 0;
    }

    /// <summary>The length of the day number written at i right before 日 or 号, in the regex's order of tries; 0 when there is none.</summary>
    private static int DayLength(string text, int i)
    {
        bool EndsAt(int length) => IsIn(text, i + length, "日号");
        if (Is(text, i, '3') && IsIn(text, i + 1, "01") && EndsAt(2)) return 2;
        if (IsIn(text, i, "12") && IsDigit(text, i + 1) && EndsAt(2)) return 2;
        if (Is(text, i, '0') && IsIn(text, i + 1, "123456789") && EndsAt(2)) return 2;
        if (IsIn(text, i, "123456789") && EndsAt(1)) return 1;
        if (Starts(text, i, "三十")) return Is(text, i + 2, '一') && EndsAt(3) ? 3 : EndsAt(2) ? 2 : 0;
        if (Starts(text, i, "二十")) return IsIn(text, i + 2, OneToNine) && EndsAt(3) ? 3 : EndsAt(2) ? 2 : 0;
        if (Is(text, i, '十')) return IsIn(text, i + 1, OneToNine) && EndsAt(2) ? 2 : EndsAt(1) ? 1 : 0;
        return IsIn(text, i, OneToNine) && EndsAt(1) ? 1 : 0;
    }

    /// <summary>A weekday after a date (2020年2月19日 星期三): where the whole ends.</summary>
    private static int WeekdayAfter(string text, int end)
    {
        var at = IsWhiteSpace(text, end) ? end + 1 : end;
        var day = Starts(text, at, "星期") ? at + 2 : Is(text, at, '周') ? at + 1 : -1;
        return day >= 0 && IsIn(text, day, WeekdayNames) ? day + 1 : end;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into)
    {
        if (!match.Has(Y) && !match.Has(M)) return;
        var month = match.Has(M) ? Number(match.Value(text, M)) : null;
        var day = match.Has(D) ? Number(match.Value(text, D)) : null;
        if (!Valid(month, day)) return;
        into.Add(new(ExpressionKind.Calendar, start, match.End)
        {
            Year = match.Has(Y) ? Number(match.Value(text, Y)) : null,
            Offset = match.Has(Rel) ? RelativeYearOffsets[WordAt(text, match.Index(Rel), RelativeYearWords)] : null,
            Month = month,
            Day = day,
        });
    }
}

/// <summary>A day of the month alone: 26日, 8日 (not 第8日, 每5日, [2020]5号, (2020)01号, 8号楼).
/// The regex: <c>(?&lt;![0-9.第每\]〕】)）])(?&lt;d&gt;3[01]|[12][0-9]|0?[1-9])(?:日|号)(?![0-9楼线文令])</c>.</summary>
internal sealed class DayOfMonthShape() : AnchoredRecognizer("日号", 2, Digits, "d")
{
    public const int D = 0;

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        if (start > 0 && "0123456789.第每]〕】)）".Contains(text[start - 1])) return false;
        var length =
            Is(text, start, '3') && IsIn(text, start + 1, "01") && EndsAt(text, start + 2) ? 2
            : IsIn(text, start, "12") && IsDigit(text, start + 1) && EndsAt(text, start + 2) ? 2
            : Is(text, start, '0') && IsIn(text, start + 1, "123456789") && EndsAt(text, start + 2) ? 2
            : IsIn(text, start, "123456789") && EndsAt(text, start + 1) ? 1
            : 0;
        if (length == 0) return false;
        match.Set(D, start, length);
        match.End = start + length + 1;
        return true;
    }

    /// <summary>日 or 号 at i, not followed by what makes it a number or a name (8号楼, 1号线, 5号文).</summary>
    private static bool EndsAt(string text, int i) => IsIn(text, i, "日号") && !IsIn(text, i + 1, "0123456789楼线文令");

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into)
    {
        var day = Int(match.Value(text, D));
        if (Valid(null, day)) into.Add(new(ExpressionKind.Calendar, start, match.End) { Day = day });
    }
}

/// <summary>2020-02-01, 2020-02-01 13:30:17. Four digits come before the '-'.
/// The regex: <c>(?&lt;![0-9.])(?&lt;y&gt;[0-9]{4})-(?&lt;m&gt;[0-9]{1,2})-(?&lt;d&gt;[0-9]{1,2})(?:[ T](?&lt;h&gt;[0-9]{1,2}):(?&lt;mi&gt;[0-9]{2})(?::(?&lt;s&gt;[0-9]{2}))?)?(?![0-9])</c>.</summary>
internal sealed class IsoShape() : AnchoredRecognizer("-", 4, Digits, "y", "m", "d", "h", "mi", "s")
{
    public const int Y = 0, M = 1, D = 2, H = 3, Mi = 4, S = 5;

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        if (NumberBefore(text, start) || !AreDigits(text, start, 4) || !Is(text, start + 4, '-')) return false;
        var m = start + 5;
        var monthLength = AreDigits(text, m, 2) && Is(text, m + 2, '-') ? 2 : AreDigits(text, m, 1) && Is(text, m + 1, '-') ? 1 : 0;
        if (monthLength == 0) return false;
        match.Set(Y, start, 4);
        match.Set(M, m, monthLength);
        var d = m + monthLength + 1;
        // The regex's order of tries: the longer day first, with a time before without, each ending before no digit.
        for (var dayLength = 2; dayLength >= 1; dayLength--)
        {
            if (!AreDigits(text, d, dayLength)) continue;
            match.Set(D, d, dayLength);
            var end = d + dayLength;
            if (IsIn(text, end, " T") && TimeAt(text, end + 1, ref match)) return true;
            if (!IsDigit(text, end))
            {
                match.End = end;
                return true;
            }
        }
        return false;
    }

    private static bool TimeAt(string text, int h, ref Captures match)
    {
        for (var hourLength = 2; hourLength >= 1; hourLength--)
        {
            var mi = h + hourLength + 1;
            if (!AreDigits(text, h, hourLength) || !Is(text, mi - 1, ':') || !AreDigits(text, mi, 2)) continue;
            match.Set(H, h, hourLength);
            match.Set(Mi, mi, 2);
            if (Is(text, mi + 2, ':') && AreDigits(text, mi + 3, 2) && !IsDigit(text, mi + 5))
            {
                match.Set(S, mi + 3, 2);
                match.End = mi + 5;
                return true;
            }
            if (!IsDigit(text, mi + 2))
            {
                match.End = mi + 2;
                return true;
            }
        }
        match.Clear(H);
        match.Clear(Mi);
        return false;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into)
    {
        var time = match.Has(H) ? new TimeParts(Int(match.Value(text, H)), Int(match.Value(text, Mi)), match.Has(S) ? Int(match.Value(text, S)) : null) : (TimeParts?)null;
        if (Valid(Int(match.Value(text, M)), Int(match.Value(text, D))))
            into.Add(new(ExpressionKind.Calendar, start, match.End)
            {
                Year = Int(match.Value(text, Y)), Month = Int(match.Value(text, M)), Day = Int(match.Value(text, D)), Time = time, HasSeconds = match.Has(S),
            });
    }
}

/// <summary>2019-2020年度. The connector comes after four digits and a space at most.
/// The regex: <c>(?&lt;![0-9.])(?&lt;y1&gt;[0-9]{4})\s?[-—~至到]\s?(?&lt;y2&gt;[0-9]{4})年(?:度)?</c>.</summary>
internal sealed class YearRangeShape() : AnchoredRecognizer(Connectors, 5, Digits, "y1", "y2")
{
    public const int Y1 = 0, Y2 = 1;
    private const string Connectors = "-—~至到";

    public override bool TryAt(string text, int start, out Captures match)
    {
        match = default;
        if (NumberBefore(text, start) || !AreDigits(text, start, 4)) return false;
        var at = start + 4;
        if (IsWhiteSpace(text, at)) at++;
        if (!IsIn(text, at, Connectors)) return false;
        at++;
        if (IsWhiteSpace(text, at)) at++;
        if (!AreDigits(text, at, 4) || !Is(text, at + 4, '年')) return false;
        match.Set(Y1, start, 4);
        match.Set(Y2, at, 4);
        match.End = Is(text, at + 5, '度') ? at + 6 : at + 5;
        return true;
    }

    public override void Emit(string text, int start, in Captures match, List<TemporalExpression> into)
    {
        var (first, last) = (Int(match.Value(text, Y1)), Int(match.Value(text, Y2)));
        if (first < last) into.Add(new(ExpressionKind.YearRange, start, match.End) { Year = first, LastYear = last });
    }
}
