using System.Globalization;

namespace NewsCorpus.Analysis.Terms;

/// <summary>A stretch of publication dates (inclusive) and the articles published in it.</summary>
public sealed record PeriodRange(DateOnly From, DateOnly To, int Articles)
{
    public string Label => From == To ? Day(From) : $"{Day(From)} – {Day(To)}";

    public bool Contains(DateOnly? date) => date is { } d && d >= From && d <= To;

    public override string ToString() => Label;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The dated articles cut in two periods, earlier and later, to compare what changed.</summary>
public sealed record PeriodSplit(PeriodRange Earlier, PeriodRange Later)
{
    /// <summary>
    /// Cuts between two publication dates where the articles divide most evenly; among equally even cuts, the one
    /// across the longest gap between dates (a natural break), then the earliest. Null when the articles have fewer
    /// than two publication dates: there is nothing to compare. Undated articles are in neither period.
    /// </summary>
    public static PeriodSplit? Halves(IEnumerable<Article> articles)
    {
        var days = articles.Where(a => a.Published is not null)
            .GroupBy(a => a.Published!.Value)
            .Select(g => (Date: g.Key, Articles: g.Count()))
            .OrderBy(d => d.Date)
            .ToList();
        if (days.Count < 2) return null;
        var total = days.Sum(d => d.Articles);
        var best = -1;
        (int Imbalance, int Gap) bestScore = default;
        for (int i = 0, before = 0; i < days.Count - 1; i++)
        {
            before += days[i].Articles;
            var score = (Imbalance: Math.Abs(total - 2 * before), Gap: days[i + 1].Date.DayNumber - days[i].Date.DayNumber);
            if (best < 0 || score.Imbalance < bestScore.Imbalance || (score.Imbalance == bestScore.Imbalance && score.Gap > bestScore.Gap))
                (best, bestScore) = (i, score);
        }
        var earlier = days[..(best + 1)];
        var later = days[(best + 1)..];
        return new PeriodSplit(
            new PeriodRange(earlier[0].Date, earlier[^1].Date, earlier.Sum(d => d.Articles)),
            new PeriodRange(later[0].Date, later[^1].Date, later.Sum(d => d.Articles)));
    }
}
