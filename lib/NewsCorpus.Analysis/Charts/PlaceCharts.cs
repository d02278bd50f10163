using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>Where the news is: places over time and places against topics.</summary>
public static class PlaceCharts
{
    /// <summary>Gazetteer levels of the county-level divisions (districts, counties, county-level cities).</summary>
    public static IReadOnlySet<string> CountyLevels { get; } = new HashSet<string> { "district", "county", "county-city" };

    /// <summary>
    /// Articles mentioning each of the <paramref name="top"/> most mentioned places of the given levels, per day
    /// or month of publication (all levels when <paramref name="levels"/> is null).
    /// </summary>
    public static GenericChart OverTime(IEnumerable<Article> articles, IReadOnlySet<string>? levels = null, int top = 8)
    {
        var points = OverTimePoints(articles, levels ?? CountyLevels, top);
        return ChartKit.Lines(points, $"区县被提及的文章数（前 {top}）Articles mentioning each district or county over time", "文章数 Articles");
    }

    /// <summary>The points of <see cref="OverTime"/>: one per place and period with at least one article.</summary>
    public static IReadOnlyList<TrendPoint> OverTimePoints(IEnumerable<Article> articles, IReadOnlySet<string>? levels, int top)
    {
        var dated = articles.Where(a => a.Published is not null).ToList();
        var mentions = dated
            .SelectMany(a => a.Places.Where(p => levels is null || (p.Level is { } l && levels.Contains(l))).Select(p => (Article: a, p.Name)))
            .Distinct()
            .ToList();
        var places = CorpusCharts.Rank(mentions.Select(m => (m.Article.Id, m.Name)), top).Select(r => r.Name).ToHashSet();
        var bucket = DateBuckets.StartFor(dated.Select(a => a.Published!.Value));
        var periods = dated.Select(a => bucket(a.Published!.Value)).Distinct().Order().ToList();
        var counts = mentions
            .Where(m => places.Contains(m.Name))
            .GroupBy(m => (m.Name, Period: bucket(m.Article.Published!.Value)))
            .ToDictionary(g => g.Key, g => g.Count());
        // A period with articles but no mention of a place is a real zero, not a gap to draw a line across.
        return [.. from place in places
                   from period in periods
                   select new TrendPoint(place, period, counts.GetValueOrDefault((place, period)))];
    }

    /// <summary>
    /// Articles per place and topic: a place counts once per article, a topic when the article's score on it is
    /// at least <paramref name="minScore"/>; the <paramref name="top"/> most mentioned places are shown.
    /// </summary>
    public static GenericChart ByTopic(IEnumerable<Article> articles, double minScore = 0.3, int top = 15) =>
        ChartKit.Heatmap(ByTopicCells(articles, minScore, top),
            $"地点 × 话题：同时涉及两者的文章数 Places × topics (articles about both)", "话题 Topic", "地点 Place", "文章数 Articles");

    /// <summary>The cells of <see cref="ByTopic"/>.</summary>
    public static IReadOnlyList<HeatCell> ByTopicCells(IEnumerable<Article> articles, double minScore, int top)
    {
        var list = articles.ToList();
        var places = CorpusCharts.Rank(list.SelectMany(a => a.Places.Select(p => (a.Id, p.Name))), top).Select(r => r.Name).ToHashSet();
        return [.. (from a in list
                    from place in a.Places.Select(p => p.Name).Distinct()
                    where places.Contains(place)
                    from topic in a.Topics.Where(t => t.Score >= minScore).Select(t => t.Name).Distinct()
                    group a by (place, topic) into g
                    select new HeatCell(g.Key.place, g.Key.topic, g.Count()))];
    }
}
