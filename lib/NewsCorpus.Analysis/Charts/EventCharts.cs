using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>When things happened: the dates the articles mention, placed on a time axis per article.</summary>
public static class EventCharts
{
    /// <summary>
    /// Resolved, non-vague date mentions (their start) per article; the <paramref name="top"/> articles with
    /// the most dates are shown so the chart stays readable on a large corpus.
    /// </summary>
    public static GenericChart Timeline(IEnumerable<Article> articles, int top = 25)
    {
        var rows = articles
            .Select(a => (Article: a, Dates: a.Dates.Where(d => !d.Vague).Select(d => (Mention: d, Start: Frames.CorpusFrames.ParseIso(d.Start))).Where(d => d.Start is not null).ToList()))
            .Where(x => x.Dates.Count > 0)
            .OrderByDescending(x => x.Dates.Count)
            .Take(top)
            .OrderByDescending(x => x.Article.Published ?? DateOnly.MaxValue) // plotly lists categories bottom-up: oldest article on top
            .ToList();
        var points = rows.SelectMany(x => x.Dates.Select(d => (Row: RowLabel(x.Article), Date: d.Start!.Value, Hover: d.Mention.Text)));
        var chart = ChartKit.Timeline(points, "文中提到的日期 Dates mentioned in the articles", "文章 Article");
        return ChartKit.WithLayout(chart, "yaxis", new { title = new { text = "文章 Article" }, automargin = true, type = "category", categoryorder = "array", categoryarray = rows.Select(x => RowLabel(x.Article)).ToArray() });
    }

    private static string RowLabel(Article article)
    {
        var title = article.Title ?? Path.GetFileName(article.Source);
        var shortTitle = title.Length > 18 ? title[..17] + "…" : title;
        return article.Published is { } p ? $"{shortTitle} ({p:yyyy-MM-dd})" : shortTitle;
    }
}
