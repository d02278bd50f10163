namespace NewsCorpus.Analysis.Charts;

/// <summary>
/// Groups dates for a bar chart: by day while there are few distinct days, else by month, so that a
/// chart stays readable for one page or a thousand.
/// </summary>
public static class DateBuckets
{
    /// <summary>Most distinct days shown one bar each; beyond it bars are months.</summary>
    public const int MaxDays = 40;

    /// <summary>A label function ("2020-02-26" or "2020-02") chosen for the spread of <paramref name="dates"/>.</summary>
    public static Func<DateOnly, string> For(IEnumerable<DateOnly> dates) =>
        dates.Distinct().Count() <= MaxDays ? d => d.ToString("yyyy-MM-dd") : d => d.ToString("yyyy-MM");
}
