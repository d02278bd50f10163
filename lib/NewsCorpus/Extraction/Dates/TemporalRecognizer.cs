using System.Text.RegularExpressions;
using NewsCorpus.Extraction.Numbers;
using static NewsCorpus.Extraction.Dates.TemporalPatterns;

namespace NewsCorpus.Extraction.Dates;

/// <summary>Finds temporal expressions and groups them into phrases (date + time, ranges, 截至 …).</summary>
internal static class TemporalRecognizer
{
    private static readonly Dictionary<char, DayOfWeek> Weekdays = new()
    {
        ['一'] = DayOfWeek.Monday, ['二'] = DayOfWeek.Tuesday, ['三'] = DayOfWeek.Wednesday, ['四'] = DayOfWeek.Thursday,
        ['五'] = DayOfWeek.Friday, ['六'] = DayOfWeek.Saturday, ['日'] = DayOfWeek.Sunday, ['天'] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> YearOffsets = new() { ["今年"] = 0, ["去年"] = -1, ["上年"] = -1, ["前年"] = -2, ["明年"] = 1, ["下年"] = 1 };

    private static readonly Dictionary<string, int> DayOffsets = new()
    {
        ["今天"] = 0, ["今日"] = 0, ["昨天"] = -1, ["昨日"] = -1, ["前天"] = -2, ["前日"] = -2,
        ["明天"] = 1, ["明日"] = 1, ["后天"] = 2, ["当天"] = 0, ["当日"] = 0, ["次日"] = 1, ["翌日"] = 1, ["第二天"] = 1,
        ["今晚"] = 0, ["今早"] = 0, ["昨晚"] = -1, ["明晚"] = 1, ["当晚"] = 0,
    };

    /// <summary>Periods of the day and the hours they add to a 12-hour clock reading.</summary>
    private static readonly Dictionary<string, int> Afternoon = new()
    {
        ["下午"] = 12, ["傍晚"] = 12, ["晚上"] = 12, ["晚"] = 12, ["夜里"] = 12, ["夜间"] = 12, ["深夜"] = 12, ["中午"] = 12,
    };

    /// <summary>After 时 these make a word, not an hour: 一时间, 时代, 时候.</summary>
    private const string NotHourAfterShi = "间候代期段长常刻速髦装尚光节";

    public static List<TemporalPhrase> Recognize(string text)
    {
        var expressions = Select(Candidates(text));
        return Group(text, expressions);
    }

    private static IEnumerable<TemporalExpression> Candidates(string text)
    {
        var found = TemporalPatterns.All.Matches(text);
        foreach (Match m in found[TemporalPatterns.Iso])
        {
            var time = m.Groups[IsoGroups.H].Success ? new TimeParts(Int(m, IsoGroups.H), Int(m, IsoGroups.Mi), m.Groups[IsoGroups.S].Success ? Int(m, IsoGroups.S) : null) : (TimeParts?)null;
            if (Valid(Int(m, IsoGroups.M), Int(m, IsoGroups.D)))
                yield return new(ExpressionKind.Calendar, m.Index, m.Index + m.Length) { Year = Int(m, IsoGroups.Y), Month = Int(m, IsoGroups.M), Day = Int(m, IsoGroups.D), Time = time, HasSeconds = m.Groups[IsoGroups.S].Success };
        }
        foreach (Match m in found[TemporalPatterns.Calendar])
        {
            if (!m.Groups[CalendarGroups.Y].Success && !m.Groups[CalendarGroups.M].Success) continue;
            var month = m.Groups[CalendarGroups.M].Success ? Number(m.Groups[CalendarGroups.M].Value) : null;
            var day = m.Groups[CalendarGroups.D].Success ? Number(m.Groups[CalendarGroups.D].Value) : null;
            if (!Valid(month, day)) continue;
            yield return new(ExpressionKind.Calendar, m.Index, m.Index + m.Length)
            {
                Year = m.Groups[CalendarGroups.Y].Success ? Number(m.Groups[CalendarGroups.Y].Value) : null,
                Offset = m.Groups[CalendarGroups.Rel].Success ? YearOffsets[m.Groups[CalendarGroups.Rel].Value] : null,
                Month = month,
                Day = day,
            };
        }
        foreach (Match m in found[TemporalPatterns.DayOfMonth])
            if (Valid(null, Int(m, DayOfMonthGroups.D)))
                yield return new(ExpressionKind.Calendar, m.Index, m.Index + m.Length) { Day = Int(m, DayOfMonthGroups.D) };
        foreach (Match m in found[TemporalPatterns.YearRange])
            if (Int(m, YearRangeGroups.Y1) < Int(m, YearRangeGroups.Y2))
                yield return new(ExpressionKind.YearRange, m.Index, m.Index + m.Length) { Year = Int(m, YearRangeGroups.Y1), LastYear = Int(m, YearRangeGroups.Y2) };
        foreach (Match m in found[TemporalPatterns.TimeOfDay])
        {
            if (ReadTime(text, m) is not { } time) continue;
            yield return new(ExpressionKind.TimeOfDay, m.Index, m.Index + m.Length) { Time = time };
            // 今晚8点: when 今晚 wins the 晚, the hour still stands on its own.
            if (m.Groups[TimeOfDayGroups.P].Success) yield return new(ExpressionKind.TimeOfDay, m.Groups[TimeOfDayGroups.H].Index, m.Index + m.Length) { Time = time };
        }
        foreach (Match m in found[TemporalPatterns.RelativeDay])
            yield return new(ExpressionKind.RelativeDay, m.Index, m.Index + m.Length) { Offset = DayOffsets[m.Value], FromAnchor = m.Value is "当天" or "当日" or "当晚" or "次日" or "翌日" or "第二天" || (m.Value[0] == '今' && InsideQuotation(text, m.Index)), Evening = m.Value[^1] == '晚' };
        foreach (Match m in found[TemporalPatterns.RelativeYear])
            yield return new(ExpressionKind.RelativeYear, m.Index, m.Index + m.Length) { Offset = YearOffsets[m.Value] };
        foreach (Match m in found[TemporalPatterns.RelativeMonth])
            yield return new(ExpressionKind.RelativeMonth, m.Index, m.Index + m.Length) { Offset = m.Value[0] switch { '上' => -1, '下' => 1, _ => 0 } };
        foreach (Match m in found[TemporalPatterns.RelativeWeek])
            yield return new(ExpressionKind.RelativeWeek, m.Index, m.Index + m.Length)
            {
                Offset = m.Groups[RelativeWeekGroups.W].Value[0] switch { '上' => -1, '下' => 1, _ => 0 },
                Weekday = m.Groups[RelativeWeekGroups.Wd].Success ? Weekdays[m.Groups[RelativeWeekGroups.Wd].Value[0]] : null,
            };
        foreach (Match m in found[TemporalPatterns.Weekday])
            yield return new(ExpressionKind.Weekday, m.Index, m.Index + m.Length) { Weekday = Weekdays[m.Groups[WeekdayGroups.Wd].Value[0]] };
        foreach (Match m in found[TemporalPatterns.Vague])
            yield return new(ExpressionKind.Vague, m.Index, m.Index + m.Length);
        foreach (Match m in found[TemporalPatterns.Lunar])
            yield return Lunar(m);
        foreach (Match m in found[TemporalPatterns.Holiday])
            if (Holidays.Find(m.Value) is { } h)
                yield return h.Lunar
                    ? new(ExpressionKind.Lunar, m.Index, m.Index + m.Length) { LunarMonth = h.Month, LunarDay = h.Day }
                    : new(ExpressionKind.Holiday, m.Index, m.Index + m.Length) { Month = h.Month, Day = h.Day };
    }

    /// <summary>How far back a quotation may have opened: a long quoted speech, not a whole unbroken page.</summary>
    private const int QuotationReach = 500;

    /// <summary>Inside “…” on the same line: a speaker's 今天 is the day of the event reported, not the day of the paper.</summary>
    private static bool InsideQuotation(string text, int index)
    {
        var depth = 0;
        for (var k = index - 1; k >= Math.Max(0, index - QuotationReach) && text[k] != '\n'; k--)
            depth += text[k] switch { '“' => 1, '”' => -1, _ => 0 };
        return depth > 0;
    }

    private static TemporalExpression Lunar(Match m)
    {
        var e = new TemporalExpression(ExpressionKind.Lunar, m.Index, m.Index + m.Length);
        if (m.Groups[LunarGroups.Eve].Success) return e with { LunarEve = true };
        if (m.Groups[LunarGroups.D1].Success) return e with { LunarMonth = 1, LunarDay = LunarDayNumber("初" + m.Groups[LunarGroups.D1].Value) };
        var month = m.Groups[LunarGroups.Lm].Success
            ? m.Groups[LunarGroups.Lm].Value switch { "正" => 1, "冬" => 11, _ => 12 }
            : Number(m.Groups[LunarGroups.Nm].Value)!.Value;
        var day = m.Groups[LunarGroups.Ld].Success ? m.Groups[LunarGroups.Ld].Value : m.Groups[LunarGroups.Nd].Success ? m.Groups[LunarGroups.Nd].Value : null;
        return e with { LunarMonth = month, LunarDay = day is null ? null : LunarDayNumber(day) };
    }

    private static int LunarDayNumber(string day) => day.StartsWith('初') ? (int)ChineseNumerals.Parse(day.AsSpan(1))! : (int)ChineseNumerals.Parse(day.Replace("廿", "二十"))!;

    private static TimeParts? ReadTime(string text, Match m)
    {
        var hourText = m.Groups[TimeOfDayGroups.H].Value;
        var chinese = !char.IsAsciiDigit(hourText[0]);
        var period = m.Groups[TimeOfDayGroups.P].Value;
        var detailed = m.Groups[TimeOfDayGroups.Mi].Success || m.Groups[TimeOfDayGroups.Half].Success || m.Groups[TimeOfDayGroups.Q].Success || m.Groups[TimeOfDayGroups.Ax].Value == "钟";
        var end = m.Index + m.Length;
        if (m.Groups[TimeOfDayGroups.U].Value == "时" && !m.Groups[TimeOfDayGroups.Ax].Success && !m.Groups[TimeOfDayGroups.Mi].Success && end < text.Length && NotHourAfterShi.Contains(text[end])) return null;
        if (chinese && period.Length == 0 && !detailed) return null;
        if (Number(hourText) is not { } hour || hour > 24) return null;
        var endOfDay = hour == 24 && period.Length == 0;
        int? minute = m.Groups[TimeOfDayGroups.Mi].Success ? Number(m.Groups[TimeOfDayGroups.Mi].Value) : m.Groups[TimeOfDayGroups.Half].Success ? 30 : m.Groups[TimeOfDayGroups.Q].Success ? (m.Groups[TimeOfDayGroups.Q].Value[0] == '一' ? 15 : 45) : null;
        if (minute is > 59) return null;
        if (Afternoon.TryGetValue(period, out var shift) && hour <= 12 && period != "中午") hour += shift; // 晚上12点 is midnight, hour 24
        else if (period == "中午" && hour < 10) hour += shift;
        return new TimeParts(hour, minute, null, endOfDay && minute is null or 0);
    }

    /// <summary>Longest first at each position, no overlaps; among equals, the one found first.</summary>
    private static List<TemporalExpression> Select(IEnumerable<TemporalExpression> candidates)
    {
        var found = new List<(TemporalExpression Expression, int Order)>();
        foreach (var e in candidates) found.Add((e, found.Count));
        found.Sort(static (a, b) =>
            a.Expression.Start != b.Expression.Start ? a.Expression.Start.CompareTo(b.Expression.Start)
            : a.Expression.Length != b.Expression.Length ? b.Expression.Length.CompareTo(a.Expression.Length)
            : a.Order.CompareTo(b.Order));
        var chosen = new List<TemporalExpression>();
        var end = 0;
        foreach (var (e, _) in found)
        {
            if (e.Start < end) continue;
            chosen.Add(e);
            end = e.End;
        }
        return chosen;
    }

    private static List<TemporalPhrase> Group(string text, List<TemporalExpression> expressions)
    {
        var phrases = new List<TemporalPhrase>();
        for (var i = 0; i < expressions.Count;)
        {
            var (phrase, next) = Phrase(text, expressions, i);
            if (next < expressions.Count && ConnectorEnd(text, phrase.End) == expressions[next].Start)
            {
                var (upper, after) = Phrase(text, expressions, next);
                phrase = phrase with { RangeEnd = upper, End = upper.End };
                next = after;
            }
            else if (text.AsSpan(phrase.End).StartsWith("至今"))
            {
                phrase = phrase with { UntilNow = true, End = phrase.End + 2 };
            }
            if (phrases.Count > 0 && IsOrdinalOfPreviousDay(text, phrases[^1], phrase))
                phrase = phrase with { Date = phrase.Date with { Offset = 0 } };
            if (EndMarkerBefore(text, phrase.Start) is { } marker)
                phrase = phrase with { EndOnly = true, Start = phrase.Start - marker.Length };
            phrases.Add(phrase);
            i = next;
        }
        return phrases;
    }

    /// <summary>截至, 截止到 … written right before a phrase.</summary>
    private static string? EndMarkerBefore(string text, int start)
    {
        var before = text.AsSpan(0, start);
        foreach (var marker in TemporalPatterns.EndMarkers)
            if (before.EndsWith(marker)) return marker;
        return null;
    }

    private const string RangeConnectors = "至到-—~";

    /// <summary>Where the second end of a range may start after "至", "到", "-", "—" or "~" (spaces allowed around); −1 when there is no connector.</summary>
    private static int ConnectorEnd(string text, int i)
    {
        if (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !RangeConnectors.Contains(text[i])) return -1;
        i++;
        return i < text.Length && text[i] == ' ' ? i + 1 : i;
    }

    /// <summary>"2月13日,进驻社区第二天": 第二天 in the same sentence as a date names that date, not the day after.</summary>
    private static bool IsOrdinalOfPreviousDay(string text, TemporalPhrase previous, TemporalPhrase phrase) =>
        phrase.Date.Kind == ExpressionKind.RelativeDay && text[phrase.Start] == '第'
        && previous.Date.Kind == ExpressionKind.Calendar && previous.Date.Day is not null
        && text.AsSpan(previous.End, phrase.Start - previous.End).IndexOfAny("。！？\n") < 0;

    /// <summary>A date and the time of day written right after it: 2月13日晚8时许, 8日凌晨1点55分.</summary>
    private static (TemporalPhrase Phrase, int Next) Phrase(string text, List<TemporalExpression> expressions, int i)
    {
        var e = expressions[i];
        var phrase = new TemporalPhrase(e, e.Start, e.End) { Time = e.Time };
        if (e.Kind != ExpressionKind.TimeOfDay && i + 1 < expressions.Count && expressions[i + 1] is { Kind: ExpressionKind.TimeOfDay } t
            && (t.Start == e.End || (t.Start == e.End + 1 && text[e.End] == ' ')))
            return (phrase with { Time = e.Evening && t.Time is { Hour: < 12 } et ? et with { Hour = et.Hour + 12 } : t.Time, End = t.End }, i + 2);
        var partOf = e switch
        {
            { Kind: ExpressionKind.Calendar, Month: not null, Day: null } => true,
            { Kind: ExpressionKind.Calendar, Year: not null, Month: null } or { Kind: ExpressionKind.RelativeYear } => false,
            _ => (bool?)null,
        };
        var next = i + 1 < expressions.Count ? expressions[i + 1].Start : text.Length;
        if (partOf is { } ofMonth && PeriodParts.Match(text, e.End, ofMonth) is { } part && e.End + part.Length <= next)
            return (phrase with { Part = (part.From, part.To), End = e.End + part.Length }, i + 1);
        return (phrase, i + 1);
    }

    private static bool Valid(int? month, int? day) => month is null or (>= 1 and <= 12) && day is null or (>= 1 and <= 31);

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    private static int? Number(string s) =>
        char.IsAsciiDigit(s[0]) ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumerals.Parse(s) is { } d ? (int)d : null;
}
