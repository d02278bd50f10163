using System.Globalization;
using NewsCorpus.Analysis.Terms;
using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>
/// Topics and terms over time and the terms that distinguish two periods, drawn from the rows of
/// <see cref="TermFrequency"/> and <see cref="KeynessComparison"/>. One period only gives bars for that period
/// instead of lines; undated rows are left out and the title says so.
/// </summary>
public static class TermCharts
{
    private const string PerTenThousand = "每万字出现次数 Per 10,000 characters";
    private const string OnePeriod = "出版日期不足两个，无法比较两个时期 · fewer than two publication dates: nothing to compare";

    /// <summary>Topic-term hits per 10,000 characters of each period, for the <paramref name="top"/> topics with the most hits.</summary>
    public static GenericChart TopicTrends(IEnumerable<TopicFrequencyRow> rows, int top = 8)
    {
        var list = rows.ToList();
        var topics = Top(list, r => r.Topic, r => r.Hits, top);
        return Trend(list.Select(r => (r.Period, Series: r.Topic, Value: r.PerTenThousandChars)), topics,
            $"话题随时间：话题词每万字命中（前 {top} 个话题）Topic terms per 10,000 characters by period");
    }

    /// <summary>Occurrences per 10,000 characters of each period of the given terms (counted whole, as the segmenter cuts them).</summary>
    public static GenericChart TermTrends(IEnumerable<TermFrequencyRow> rows, IEnumerable<string> terms) =>
        TermTrends(rows, terms, "词语随时间：每万字出现次数 Terms per 10,000 characters by period");

    /// <summary>
    /// <see cref="TermTrends"/> of the <paramref name="perSide"/> most distinctive, significant terms of each side of
    /// <paramref name="comparison"/>; with one period only, a note says there is nothing to compare.
    /// </summary>
    public static GenericChart DistinctiveTrends(IEnumerable<TermFrequencyRow> rows, KeynessComparison comparison, int perSide = 3) =>
        comparison.Split is null
            ? ChartKit.Empty(DistinctiveTitle, OnePeriod)
            : TermTrends(rows, comparison.TopTerms(perSide), DistinctiveTitle);

    private const string DistinctiveTitle = "特征词随时间：每万字出现次数 Distinctive terms per 10,000 characters";

    private static GenericChart TermTrends(IEnumerable<TermFrequencyRow> rows, IEnumerable<string> terms, string title) =>
        Trend(rows.Select(r => (r.Period, Series: r.Term, Value: r.PerTenThousandChars)), [.. terms.Distinct()], title);

    /// <summary>The <paramref name="top"/> terms with the most occurrences over all periods.</summary>
    public static GenericChart TopTerms(IEnumerable<TermFrequencyRow> rows, int top = 20)
    {
        var totals = TermFrequency.Totals(rows, top).Select(t => (t.Term, (double)t.Count));
        return ChartKit.RankedBars(totals, $"出现最多的词（前 {top}，不含停用词）Most frequent terms", "出现次数 Occurrences", "词 Term");
    }

    /// <summary>
    /// The <paramref name="top"/> most distinctive terms of each period by G² (later to the right, earlier to the left);
    /// dashed lines mark significance at p &lt; 0.05. With one period only, a note says there is nothing to compare.
    /// </summary>
    public static GenericChart Keyness(KeynessComparison comparison, int top = 15)
    {
        const string title = "两个时期的特征词 Terms that distinguish the two periods (keyness, G²)";
        if (comparison.Split is not { } split) return ChartKit.Empty(title, OnePeriod);
        var later = $"后期 later {split.Later.Label}";
        var earlier = $"前期 earlier {split.Earlier.Label}";
        var bars = comparison.Distinctive(later: true, top).Select(r => (later, r.Term, r.LogLikelihood))
            .Concat(comparison.Distinctive(later: false, top).Reverse().Select(r => (earlier, r.Term, -r.LogLikelihood)));
        return ChartKit.SignedBars(bars, title, "G²（右：后期多用，左：前期多用）G² (right: more in the later period, left: earlier)", "词 Term",
            threshold: Terms.Keyness.Critical05);
    }

    /// <summary>
    /// One line per series (in the order given: the legend lists them so) over the dated periods of <paramref name="rows"/>, a series missing from a period drawn as 0
    /// (the period has text, the series does not occur); bars when there is a single period.
    /// </summary>
    private static GenericChart Trend(IEnumerable<(Period Period, string Series, double Value)> rows, IReadOnlyList<string> series, string title)
    {
        var list = rows.ToList();
        var periods = list.Select(r => r.Period).Where(p => p.Start is not null).Distinct().Order().ToList();
        var notes = new List<string>();
        if (list.Any(r => r.Period.Start is null)) notes.Add("无日期的文章不计 undated articles not shown");
        if (periods.Count == 1) notes.Add("只有一个时期 one period only");
        if (notes.Count > 0) title = ChartKit.WithNote(title, string.Join("；", notes));
        var values = list.Where(r => r.Period.Start is not null).ToDictionary(r => (r.Period, r.Series), r => r.Value);
        var points = from s in series
                     from p in periods
                     select (Series: s, Period: p, Value: values.GetValueOrDefault((p, s)));
        if (periods.Count == 0 || series.Count == 0) return ChartKit.Empty(title);
        if (periods.Count == 1)
            return ChartKit.Columns(points.Select(p => (p.Series, p.Period.Label, p.Value)), title, "时期 Period", PerTenThousand);
        var grain = periods[0].Grain;
        return ChartKit.Lines(
            points.Select(p => new TrendPoint(p.Series, p.Period.Start!.Value.ToDateTime(TimeOnly.MinValue), p.Value,
                $"{p.Series} · {p.Period.Label} · {p.Value.ToString("0.##", CultureInfo.InvariantCulture)}")),
            title, PerTenThousand, $"时期 Period（{GrainName(grain)}）", dateFormat: grain switch
            {
                PeriodGrain.Year => "%Y",
                PeriodGrain.Month or PeriodGrain.Quarter => "%Y-%m",
                _ => ChartKit.DayFormat,
            }, ranked: true);
    }

    private static string GrainName(PeriodGrain? grain) => grain switch
    {
        PeriodGrain.Day => "日 day",
        PeriodGrain.Week => "周 week",
        PeriodGrain.Month => "月 month",
        PeriodGrain.Quarter => "季度 quarter",
        _ => "年 year",
    };

    private static IReadOnlyList<string> Top<T>(IEnumerable<T> rows, Func<T, string> key, Func<T, int> weight, int top) =>
        [.. rows.GroupBy(key)
            .OrderByDescending(g => g.Sum(weight)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(top).Select(g => g.Key)];
}
