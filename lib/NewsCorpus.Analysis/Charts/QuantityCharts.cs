using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>Numbers over time: each quantity of a family at its article's publication date, and how many of each family appear per period.</summary>
public static class QuantityCharts
{
    /// <summary>Every quantity of <paramref name="category"/> at its article's publication date (hover: its text and article), on a log axis since figures span orders of magnitude.</summary>
    public static GenericChart Timeline(IEnumerable<Article> articles, QuantityCategory category) =>
        ChartKit.Points(Points(articles, category), $"{category.Label}（按出版日期 by publication date）", $"{category.Axis}（对数轴 log axis）", logY: true);

    /// <summary>The points <see cref="Timeline"/> plots: one per dated quantity of the family, series by unit.</summary>
    public static IReadOnlyList<TrendPoint> Points(IEnumerable<Article> articles, QuantityCategory category) =>
        [.. from a in articles
            where a.Published is not null
            from q in a.Quantities
            where category.Matches(q)
            select new TrendPoint(q.Unit!, a.Published!.Value.ToDateTime(TimeOnly.MinValue), (double)q.Value!.Value,
                $"{q.Text} · {a.Title ?? Path.GetFileName(a.Source)}")];

    /// <summary>How many quantities of each family the articles of each period mention (stacked columns).</summary>
    public static GenericChart CategoriesOverTime(IEnumerable<Article> articles, IReadOnlyList<QuantityCategory>? categories = null)
    {
        categories ??= QuantityCategory.Defaults;
        var dated = articles.Where(a => a.Published is not null).ToList();
        var label = DateBuckets.For(dated.Select(a => a.Published!.Value));
        var bars = from a in dated.OrderBy(a => a.Published)
                   from q in a.Quantities
                   from c in categories
                   where c.Matches(q)
                   select (c.Label, label(a.Published!.Value), 1.0);
        return ChartKit.Columns(bars, "各类数字的出现次数 Quantities by family over time", "出版日期 Publication date", "数字个数 Quantities", stacked: true);
    }
}
