namespace NewsCorpus.Extraction.Dates;

internal enum ExpressionKind { Calendar, RelativeDay, RelativeYear, RelativeMonth, RelativeWeek, Weekday, Lunar, Holiday, YearRange, Vague, TimeOfDay }

/// <summary>A time of day as written: hour on the 24-hour clock once the period word is applied.</summary>
/// <param name="EndOfDay">Written as 24时/24点: the instant the day ends, not an hour.</param>
internal readonly record struct TimeParts(int Hour, int? Minute, int? Second, bool EndOfDay = false);

/// <summary>
/// One recognised expression before resolution: the fields it states; what it leaves out is filled
/// from the other end of a range, the date last mentioned, or the publication date.
/// </summary>
internal readonly record struct TemporalExpression(ExpressionKind Kind, int Start, int End)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public int? LastYear { get; init; }
    /// <summary>Offset in years (今年 0, 去年 −1), days (昨日 −1), months or weeks, by kind.</summary>
    public int? Offset { get; init; }
    /// <summary>当天/次日: counted from the date last mentioned rather than from the publication date.</summary>
    public bool FromAnchor { get; init; }
    /// <summary>今晚, 昨晚: a bare hour after it is in the evening (今晚8点 is 20:00).</summary>
    public bool Evening { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public int? LunarMonth { get; init; }
    public int? LunarDay { get; init; }
    public bool LunarEve { get; init; }
    public TimeParts? Time { get; init; }
    public bool HasSeconds { get; init; }

    public int Length => End - Start;
}

/// <summary>A date expression with the time of day, range end and markers that go with it.</summary>
internal readonly record struct TemporalPhrase(TemporalExpression Date, int Start, int End)
{
    public TimeParts? Time { get; init; }
    /// <summary>Days of a month (2月初: 1–10) or months of a year (去年年底: 12–12) the phrase narrows to.</summary>
    public (int From, int To)? Part { get; init; }
    public RangeEnd? RangeEnd { get; init; }
    public bool UntilNow { get; init; }
    public bool EndOnly { get; init; }
}

/// <summary>The second end of a range (1月21日至29日): its date and the time of day written with it.</summary>
internal readonly record struct RangeEnd(TemporalExpression Date, TimeParts? Time);
