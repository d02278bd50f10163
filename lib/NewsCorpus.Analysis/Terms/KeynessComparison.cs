namespace NewsCorpus.Analysis.Terms;

/// <summary>
/// Keyness of the later half of a corpus against the earlier half (<see cref="PeriodSplit.Halves"/>): the terms
/// that became more or less frequent. With fewer than two publication dates there is no split, no rows, and
/// <see cref="Summary"/> says so.
/// </summary>
public sealed class KeynessComparison
{
    private KeynessComparison(PeriodSplit? split, IReadOnlyList<KeynessRow> rows, int undated)
    {
        Split = split;
        Rows = rows;
        Undated = undated;
    }

    /// <summary>The two periods compared; null when the corpus has fewer than two publication dates.</summary>
    public PeriodSplit? Split { get; }

    /// <summary>Every term ranked by G², the later period as target and the earlier as reference.</summary>
    public IReadOnlyList<KeynessRow> Rows { get; }

    /// <summary>Articles left out because they have no publication date.</summary>
    public int Undated { get; }

    public static KeynessComparison BetweenHalves(IEnumerable<Article> articles, TermCounter counter, int minCount = 2)
    {
        var list = articles as IReadOnlyList<Article> ?? [.. articles];
        var undated = list.Count(a => a.Published is null);
        if (PeriodSplit.Halves(list) is not { } split) return new(null, [], undated);
        var rows = Keyness.Compare(list.Where(a => split.Later.Contains(a.Published)), list.Where(a => split.Earlier.Contains(a.Published)), counter, minCount);
        return new(split, rows, undated);
    }

    /// <summary>The <paramref name="top"/> most distinctive terms of the later (or earlier) period, by G².</summary>
    public IReadOnlyList<KeynessRow> Distinctive(bool later, int top) =>
        [.. Rows.Where(r => r.Positive == later && r.LogLikelihood > 0).Take(top)];

    /// <summary>The <paramref name="perSide"/> most distinctive terms of each side that are significant (G² ≥ 3.84): later first.</summary>
    public IReadOnlyList<string> TopTerms(int perSide = 1) =>
        [.. Distinctive(later: true, perSide).Concat(Distinctive(later: false, perSide))
            .Where(r => r.LogLikelihood >= Keyness.Critical05).Select(r => r.Term)];

    /// <summary>What is compared with what, or why nothing is, in Chinese and English.</summary>
    public string Summary
    {
        get
        {
            var (zh, en) = Split is { } s
                ? ($"后期 {s.Later.Label}（{s.Later.Articles} 篇）对比前期 {s.Earlier.Label}（{s.Earlier.Articles} 篇）",
                   $"later {s.Later.Label} ({s.Later.Articles} articles) against earlier {s.Earlier.Label} ({s.Earlier.Articles} articles)")
                : ("文章的出版日期不足两个，无法分成两个时期比较", "fewer than two publication dates: no two periods to compare");
            return Undated > 0
                ? $"{zh}；{Undated} 篇无日期的文章不计 · {en}; {Undated} undated articles left out"
                : $"{zh} · {en}";
        }
    }

    public override string ToString() => Summary;
}
