namespace NewsCorpus.Analysis.Terms;

/// <summary>
/// Chooses the period grain for trends from the data: the finest grain (day, week, month, quarter, year) at
/// which the corpus's date range spans at most <see cref="MaxPeriods"/> periods, so that a trend reads well
/// for one page or for years of pages.
/// </summary>
public static class PeriodGrains
{
    /// <summary>Most periods a trend spans before a coarser grain is chosen.</summary>
    public const int MaxPeriods = 36;

    /// <summary>The grain for the publication dates of <paramref name="articles"/> (day when none is dated).</summary>
    public static PeriodGrain For(IEnumerable<Article> articles, int maxPeriods = MaxPeriods) =>
        For(articles.Where(a => a.Published is not null).Select(a => a.Published!.Value), maxPeriods);

    /// <summary>The finest grain at which [min, max] of <paramref name="dates"/> spans at most <paramref name="maxPeriods"/> periods; year otherwise.</summary>
    public static PeriodGrain For(IEnumerable<DateOnly> dates, int maxPeriods = MaxPeriods)
    {
        DateOnly? first = null, last = null;
        foreach (var d in dates)
        {
            if (first is null || d < first) first = d;
            if (last is null || d > last) last = d;
        }
        if (first is not { } from || last is not { } to) return PeriodGrain.Day;
        foreach (var grain in new[] { PeriodGrain.Day, PeriodGrain.Week, PeriodGrain.Month, PeriodGrain.Quarter })
            if (Span(from, to, grain) <= maxPeriods) return grain;
        return PeriodGrain.Year;
    }

    /// <summary>How many periods of <paramref name="grain"/> the range [from, to] touches.</summary>
    public static int Span(DateOnly from, DateOnly to, PeriodGrain grain)
    {
        var start = Period.Of(from, grain).Start!.Value;
        var end = Period.Of(to, grain).Start!.Value;
        return grain switch
        {
            PeriodGrain.Day => end.DayNumber - start.DayNumber + 1,
            PeriodGrain.Week => (end.DayNumber - start.DayNumber) / 7 + 1,
            PeriodGrain.Month => Months(start, end) + 1,
            PeriodGrain.Quarter => Months(start, end) / 3 + 1,
            _ => end.Year - start.Year + 1,
        };
    }

    private static int Months(DateOnly start, DateOnly end) => (end.Year - start.Year) * 12 + end.Month - start.Month;
}
