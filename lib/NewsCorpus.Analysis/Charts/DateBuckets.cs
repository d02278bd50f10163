namespace NewsCorpus.Analysis.Charts;

/// <summary>
/// Groups dates for a chart: by day while there are few distinct days, else by month, so that a
/// chart stays readable for one page or a thousand.
/// </summary>
public static class DateBuckets
{
    /// <summary>Most distinct days shown one bar or point each; beyond it they are grouped by month.</summary>
    public const int MaxDays = 40;

    /// <summary>True when <paramref name="dates"/> are few enough to show day by day.</summary>
    public static bool ByDay(IEnumerable<DateOnly> dates) => dates.Distinct().Take(MaxDays + 1).Count() <= MaxDays;

    /// <summary>A label function ("2020-02-26" or "2020-02") chosen for the spread of <paramref name="dates"/>.</summary>
    public static Func<DateOnly, string> For(IEnumerable<DateOnly> dates) =>
        ByDay(dates) ? d => d.ToString("yyyy-MM-dd") : d => d.ToString("yyyy-MM");

    /// <summary>The start of the bucket (the day itself, or the first of its month) chosen for the spread of <paramref name="dates"/>.</summary>
    public static Func<DateOnly, DateTime> StartFor(IEnumerable<DateOnly> dates) =>
        ByDay(dates) ? d => d.ToDateTime(TimeOnly.MinValue) : d => new DateTime(d.Year, d.Month, 1);
}
