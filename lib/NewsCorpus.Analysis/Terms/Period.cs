using System.Globalization;

namespace NewsCorpus.Analysis.Terms;

public enum PeriodGrain { Day, Week, Month, Quarter, Year }

/// <summary>A calendar period an article falls in; <see cref="Undated"/> holds articles with no publication date (and no grain).</summary>
public readonly record struct Period(DateOnly? Start, DateOnly? End, string Label, PeriodGrain? Grain = null) : IComparable<Period>
{
    public static Period Undated { get; } = new(null, null, "undated");

    /// <summary>The period of <paramref name="grain"/> containing <paramref name="date"/>; weeks start on Monday (ISO 8601).</summary>
    public static Period Of(DateOnly? date, PeriodGrain grain)
    {
        if (date is not { } d) return Undated;
        switch (grain)
        {
            case PeriodGrain.Day:
                return new(d, d, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), grain);
            case PeriodGrain.Week:
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
                return new(monday, monday.AddDays(6), $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}", grain);
            case PeriodGrain.Month:
                var first = new DateOnly(d.Year, d.Month, 1);
                return new(first, first.AddMonths(1).AddDays(-1), first.ToString("yyyy-MM", CultureInfo.InvariantCulture), grain);
            case PeriodGrain.Quarter:
                var q = (d.Month - 1) / 3;
                var qStart = new DateOnly(d.Year, q * 3 + 1, 1);
                return new(qStart, qStart.AddMonths(3).AddDays(-1), $"{d.Year}-Q{q + 1}", grain);
            default:
                return new(new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31), d.Year.ToString(CultureInfo.InvariantCulture), grain);
        }
    }

    /// <summary>Dated periods in time order, undated last.</summary>
    public int CompareTo(Period other) => (Start, other.Start) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => a!.Value.CompareTo(b!.Value),
    };

    public override string ToString() => Label;
}
