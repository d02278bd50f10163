using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>What the corpus holds: articles by publication date and layout, and rankings of reporters, places, organisations and people.</summary>
public static class CorpusCharts
{
    /// <summary>Articles per publication date (per month when there are many dates), stacked by page layout; undated articles are left out and counted in the title.</summary>
    public static GenericChart ArticlesByDate(IEnumerable<Article> articles)
    {
        var list = articles.ToList();
        var dated = list.Where(a => a.Published is not null).OrderBy(a => a.Published).ToList();
        var undated = list.Count - dated.Count;
        var title = "每期文章数 Articles by publication date" + (undated > 0 ? $"（未定日期 {undated} 篇 undated not shown）" : "");
        var label = DateBuckets.For(dated.Select(a => a.Published!.Value));
        return ChartKit.Columns(
            dated.Select(a => (a.Layout.Code(), label(a.Published!.Value), 1.0)),
            title, "出版日期 Publication date", "文章数 Articles", stacked: true);
    }

    /// <summary>Files per page layout (print-ocr, web-article …).</summary>
    public static GenericChart FilesByLayout(Corpus corpus) =>
        ChartKit.RankedBars(
            corpus.Files.GroupBy(f => f.Layout.Code()).OrderByDescending(g => g.Count()).Select(g => (g.Key, (double)g.Count())),
            "各版式文件数 Files by page layout", "文件数 Files", "版式 Layout");

    /// <summary>Reporters, photographers and correspondents by the number of articles they are credited on.</summary>
    public static GenericChart Reporters(IEnumerable<Article> articles, int top = 20) =>
        Ranked(articles.SelectMany(a => a.Bylines.Select(b => b.Name).Distinct().Select(n => (a.Id, n))), top,
            $"署名文章最多的记者（前 {top}）Reporters by articles", "文章数 Articles", "记者 Reporter");

    /// <summary>Places by the number of articles that mention them.</summary>
    public static GenericChart Places(IEnumerable<Article> articles, int top = 20) =>
        Ranked(articles.SelectMany(a => a.Places.Select(p => (a.Id, p.Name))), top,
            $"提及最多的地点（前 {top}）Places by articles mentioning them", "文章数 Articles", "地点 Place");

    /// <summary>Organisations by the number of articles that mention them.</summary>
    public static GenericChart Organizations(IEnumerable<Article> articles, int top = 20) =>
        Ranked(articles.SelectMany(a => a.Organizations.Select(o => (a.Id, o.Name))), top,
            $"提及最多的机构（前 {top}）Organisations by articles mentioning them", "文章数 Articles", "机构 Organisation");

    /// <summary>People (officials and others named in the text) by the number of articles that mention them.</summary>
    public static GenericChart People(IEnumerable<Article> articles, int top = 20) =>
        Ranked(articles.SelectMany(a => a.People.Select(p => (a.Id, p.Name))), top,
            $"提及最多的人物（前 {top}）People by articles mentioning them", "文章数 Articles", "人物 Person");

    /// <summary>Names by the number of distinct articles they occur in, most first (ties by name).</summary>
    internal static IReadOnlyList<(string Name, int Articles)> Rank(IEnumerable<(string ArticleId, string Name)> mentions, int top) =>
        [.. mentions.Distinct()
            .GroupBy(m => m.Name)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Take(top)];

    private static GenericChart Ranked(IEnumerable<(string ArticleId, string Name)> mentions, int top, string title, string xTitle, string yTitle) =>
        ChartKit.RankedBars(Rank(mentions, top).Select(r => (r.Name, (double)r.Articles)), title, xTitle, yTitle);
}
