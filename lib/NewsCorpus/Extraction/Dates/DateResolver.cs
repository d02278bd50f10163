namespace NewsCorpus.Extraction.Dates;

/// <summary>A resolved inclusive range and its grain.</summary>
internal readonly record struct Resolved(DateTime Start, DateTime End, string Grain, bool Vague = false);

/// <summary>
/// Turns recognised phrases into inclusive ranges. Missing fields come from the other end of a range
/// (11月1日至10日), from the date last mentioned (当天, 次日, a bare time), or from the reference
/// (publication) date; a month and day without a year is the latest such date not more than two
/// months after the reference, so a 12月30日 in a January paper is last year's.
/// </summary>
internal sealed class DateResolver(DateOnly? publication)
{
    /// <summary>Years the resolver works in, with room for a year either side of the arithmetic.</summary>
    private const int FirstYear = 2, LastYear = 9998;

    private readonly DateOnly? reference = publication is { Year: >= FirstYear and <= LastYear } ? publication : null;

    private const int FutureDaysForMonthDay = 60;
    private const int FutureDaysForDay = 10;
    private DateOnly? _anchor;

    public Resolved? Resolve(TemporalPhrase phrase)
    {
        var start = ResolveDate(phrase.Date, null, phrase.Time);
        if (start is not { } s) return null;
        if (phrase.Part is { } part) s = Narrow(s, part);
        var result = s;
        if (phrase.RangeEnd is { } upper && ResolveDate(upper.Date, s, upper.Time) is { } e)
        {
            // 12月1日至1月1日: an end that took its year from the start and falls before it is in the next year.
            var end = e.End < s.Start && upper.Date.Year is null && upper.Date.Kind == ExpressionKind.Calendar ? e.End.AddYears(1) : e.End;
            result = new Resolved(s.Start, end, s.Grain);
        }
        else if (phrase.UntilNow && reference is { } r)
            result = new Resolved(s.Start, r.ToDateTime(TimeOnly.MaxValue).Date, s.Grain);
        if (!result.Vague && (DateGrains.IsDayOrFiner(result.Grain) || phrase.RangeEnd is not null)) _anchor = DateOnly.FromDateTime(result.End);
        return result;
    }

    /// <summary>2月初 is 2月1日–10日 (day grain); 去年年底 is December of last year (month grain).</summary>
    private static Resolved Narrow(Resolved whole, (int From, int To) part)
    {
        if (whole.Grain == DateGrains.Month)
        {
            var end = whole.Start.AddDays(part.To - 1);
            return new Resolved(whole.Start.AddDays(part.From - 1), end > whole.End ? whole.End : end, DateGrains.Day, whole.Vague);
        }
        if (whole.Grain != DateGrains.Year) return whole;
        var first = new DateTime(whole.Start.Year, part.From, 1);
        var last = new DateTime(whole.Start.Year, part.To, 1).AddMonths(1).AddDays(-1);
        return new Resolved(first, last, DateGrains.Month, whole.Vague);
    }

    private Resolved? ResolveDate(TemporalExpression e, Resolved? lower, TimeParts? time)
    {
        var date = e.Kind switch
        {
            ExpressionKind.Calendar => Calendar(e, lower),
            ExpressionKind.RelativeDay => (e.FromAnchor ? _anchor ?? reference : reference) is { } b ? Day(b.AddDays(e.Offset!.Value)) : null,
            ExpressionKind.RelativeYear => reference is { } r ? Year(r.Year + e.Offset!.Value) : null,
            ExpressionKind.RelativeMonth => reference is { } r ? Month(new DateOnly(r.Year, r.Month, 1).AddMonths(e.Offset!.Value)) : null,
            ExpressionKind.RelativeWeek => reference is { } r ? Week(r, e.Offset!.Value, e.Weekday) : null,
            ExpressionKind.Weekday => lower is { } l ? Week(DateOnly.FromDateTime(l.Start), 0, e.Weekday) : reference is { } r ? Week(r, 0, e.Weekday) : null,
            ExpressionKind.Lunar => Lunar(e),
            ExpressionKind.Holiday => reference is { } r ? Day(Closest(r, e.Month!.Value, e.Day!.Value)) : null,
            ExpressionKind.YearRange => Supported(e.Year!.Value) && Supported(e.LastYear!.Value) ? new Resolved(new DateTime(e.Year!.Value, 1, 1), new DateTime(e.LastYear!.Value, 12, 31), DateGrains.Year) : null,
            ExpressionKind.Vague => reference is { } r ? new Resolved(r.AddDays(-7).ToDateTime(TimeOnly.MinValue), r.ToDateTime(TimeOnly.MinValue), DateGrains.Day, true) : null,
            ExpressionKind.TimeOfDay => (lower is { } l ? DateOnly.FromDateTime(l.Start) : _anchor ?? reference) is { } d ? Day(d) : null,
            _ => null,
        };
        if (date is not { } resolved || time is not { } t || !DateGrains.IsDayOrFiner(resolved.Grain)) return date;
        var at = resolved.Start.Date.AddHours(t.Hour).AddMinutes(t.Minute ?? 0).AddSeconds(t.Second ?? 0);
        if (e.HasSeconds) return new Resolved(at, at, DateGrains.Second);
        if (t.EndOfDay) return new Resolved(at, at, DateGrains.Minute);
        return t.Minute is null
            ? new Resolved(at, at.AddHours(1).AddSeconds(-1), DateGrains.Hour)
            : new Resolved(at, at.AddMinutes(1).AddSeconds(-1), DateGrains.Minute);
    }

    private Resolved? Calendar(TemporalExpression e, Resolved? lower)
    {
        var year = e.Year ?? (e.Offset is { } o && reference is { } r ? r.Year + o : null);
        if (e.Month is null && e.Year is null && e.Offset is null) return DayOnly(e.Day!.Value, lower);
        if (year is null && lower is { } l) year = l.Start.Year;
        if (year is null && reference is { } rr) year = InferYear(rr, e.Month!.Value, e.Day ?? 1);
        if (year is not { } y || !Supported(y)) return null;
        if (e.Month is not { } m) return Year(y);
        if (e.Day is not { } d) return Month(new DateOnly(y, m, 1));
        return d <= DateTime.DaysInMonth(y, m) ? Day(new DateOnly(y, m, d)) : null;
    }

    private Resolved? DayOnly(int day, Resolved? lower)
    {
        if (lower is { } l)
            return day <= DateTime.DaysInMonth(l.Start.Year, l.Start.Month) ? Day(new DateOnly(l.Start.Year, l.Start.Month, day)) : null;
        if (reference is not { } r) return null;
        for (var back = 0; back < 3; back++)
        {
            var month = new DateOnly(r.Year, r.Month, 1).AddMonths(-back);
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate.DayNumber - r.DayNumber <= FutureDaysForDay) return Day(candidate);
        }
        return null;
    }

    private static int InferYear(DateOnly reference, int month, int day)
    {
        for (var year = reference.Year + 1; year > reference.Year - 2; year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            if (new DateOnly(year, month, day).DayNumber - reference.DayNumber <= FutureDaysForMonthDay) return year;
        }
        return reference.Year - 1;
    }

    /// <summary>The lunar year whose date lies closest to the reference, the past winning a tie.</summary>
    private Resolved? Lunar(TemporalExpression e)
    {
        if (reference is not { } r) return null;
        Resolved? best = null;
        var bestDistance = int.MaxValue;
        for (var year = r.Year - 1; year <= r.Year + 1; year++)
        {
            Resolved? candidate = e.LunarEve ? (LunarCalendar.NewYearsEve(year - 1) is { } eve ? Day(eve) : null)
                : e.LunarDay is { } d ? (LunarCalendar.ToGregorian(year, e.LunarMonth!.Value, d) is { } g ? Day(g) : null)
                : LunarMonth(year, e.LunarMonth!.Value);
            if (candidate is not { } c) continue;
            var distance = Math.Abs(DateOnly.FromDateTime(c.Start).DayNumber - r.DayNumber);
            if (distance < bestDistance) (best, bestDistance) = (c, distance);
        }
        return best;
    }

    /// <summary>The date of a yearly day nearest the reference, the past winning a tie.</summary>
    private static DateOnly Closest(DateOnly reference, int month, int day)
    {
        var best = new DateOnly(reference.Year - 1, month, day);
        for (var year = reference.Year; year <= reference.Year + 1; year++)
        {
            var d = new DateOnly(year, month, day);
            if ((Math.Abs(d.DayNumber - reference.DayNumber), d > reference).CompareTo((Math.Abs(best.DayNumber - reference.DayNumber), best > reference)) < 0) best = d;
        }
        return best;
    }

    private static Resolved? LunarMonth(int year, int month) =>
        LunarCalendar.ToGregorian(year, month, 1) is { } first
            ? new Resolved(first.ToDateTime(TimeOnly.MinValue), first.AddDays(LunarCalendar.DaysInMonth(year, month) - 1).ToDateTime(TimeOnly.MinValue), DateGrains.Month)
            : null;

    private static Resolved Week(DateOnly reference, int offset, DayOfWeek? weekday)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7) + 7 * offset);
        if (weekday is { } w) return Day(monday.AddDays(((int)w + 6) % 7));
        return new Resolved(monday.ToDateTime(TimeOnly.MinValue), monday.AddDays(6).ToDateTime(TimeOnly.MinValue), DateGrains.Week);
    }

    private static Resolved Day(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), d.ToDateTime(TimeOnly.MinValue), DateGrains.Day);

    private static Resolved Month(DateOnly first) =>
        new(first.ToDateTime(TimeOnly.MinValue), first.AddMonths(1).AddDays(-1).ToDateTime(TimeOnly.MinValue), DateGrains.Month);

    private static bool Supported(int year) => year is >= FirstYear and <= LastYear;

    private static Resolved Year(int year) => new(new DateTime(year, 1, 1), new DateTime(year, 12, 31), DateGrains.Year);

    /// <summary>yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss below day grain; written digit by digit (years are 1 to 9999).</summary>
    public static string Format(DateTime value, string grain) =>
        DateGrains.IsDayOrFiner(grain) && grain != DateGrains.Day
            ? string.Create(19, value, static (s, v) =>
            {
                WriteDate(s, v);
                s[10] = 'T';
                Digits(s[11..13], v.Hour);
                s[13] = ':';
                Digits(s[14..16], v.Minute);
                s[16] = ':';
                Digits(s[17..19], v.Second);
            })
            : string.Create(10, value, static (s, v) => WriteDate(s, v));

    private static void WriteDate(Span<char> s, DateTime v)
    {
        Digits(s[..4], v.Year);
        s[4] = '-';
        Digits(s[5..7], v.Month);
        s[7] = '-';
        Digits(s[8..10], v.Day);
    }

    /// <summary>The number with leading zeros, filling the span.</summary>
    private static void Digits(Span<char> s, int n)
    {
        for (var i = s.Length - 1; i >= 0; i--, n /= 10) s[i] = (char)('0' + n % 10);
    }
}
