using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Tests.Terms;

public class PeriodSplitTests
{
    [Fact]
    public void The_seeds_split_between_2020_and_2022()
    {
        // Articles per date: 2020-02-01 1, 02-19 7, 03-07 5, 2022-01-08 11, 11-11 13. Cutting after 2020-03-07 (13 | 24)
        // and after 2022-01-08 (24 | 13) are equally even; the first crosses the longer gap (672 days against 307).
        var split = PeriodSplit.Halves(SeedTerms.Articles);

        Assert.Equal(new PeriodRange(new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 7), 13), split!.Earlier);
        Assert.Equal(new PeriodRange(new DateOnly(2022, 1, 8), new DateOnly(2022, 11, 11), 24), split.Later);
        Assert.Equal("2022-01-08 – 2022-11-11", split.Later.Label);
    }

    [Fact]
    public void The_most_even_cut_wins_and_undated_articles_are_in_neither_period()
    {
        var articles = new[]
        {
            TermTestArticles.Make("a", "x", new DateOnly(2021, 1, 1)),
            TermTestArticles.Make("b", "x", new DateOnly(2021, 1, 2)),
            TermTestArticles.Make("c", "x", new DateOnly(2021, 1, 2)),
            TermTestArticles.Make("d", "x", new DateOnly(2021, 6, 1)),
            TermTestArticles.Make("e", "x"),
        };

        var split = PeriodSplit.Halves(articles)!;

        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 2), 3), (split.Earlier.From, split.Earlier.To, split.Earlier.Articles));
        Assert.Equal(("2021-06-01", 1), (split.Later.Label, split.Later.Articles));
    }

    [Fact]
    public void One_publication_date_cannot_be_split()
    {
        Assert.Null(PeriodSplit.Halves(SeedTerms.OneFile));
        Assert.Null(PeriodSplit.Halves([]));
    }

    [Fact]
    public void Keyness_of_the_seed_halves_puts_the_blood_centre_later_and_enterprises_earlier()
    {
        var comparison = SeedTerms.Comparison;

        Assert.Equal(
            "后期 2022-01-08 – 2022-11-11（24 篇）对比前期 2020-02-01 – 2020-03-07（13 篇） · " +
            "later 2022-01-08 – 2022-11-11 (24 articles) against earlier 2020-02-01 – 2020-03-07 (13 articles)",
            comparison.Summary);
        // 企业 is the most distinctive term overall; 市中心血站 occurs 14 times in 2022 and, in 2020, only inside 株洲市中心血站.
        var first = comparison.Rows[0];
        Assert.Equal(("企业", 21, 71, false), (first.Term, first.TargetCount, first.ReferenceCount, first.Positive));
        var later = comparison.Distinctive(later: true, top: 1).Single();
        Assert.Equal(("市中心血站", 14, 0), (later.Term, later.TargetCount, later.ReferenceCount));
        Assert.Equal(["市中心血站", "企业"], comparison.TopTerms(perSide: 1));
        Assert.All(comparison.Distinctive(later: false, top: 15), r => Assert.False(r.Positive));
    }

    [Fact]
    public void Keyness_of_one_file_says_there_is_nothing_to_compare()
    {
        var comparison = KeynessComparison.BetweenHalves(SeedTerms.OneFile, SeedTerms.Counter);

        Assert.Null(comparison.Split);
        Assert.Empty(comparison.Rows);
        Assert.Empty(comparison.TopTerms());
        Assert.StartsWith("文章的出版日期不足两个", comparison.Summary);
        Assert.Contains("no two periods to compare", comparison.Summary);
    }

    [Fact]
    public void Undated_articles_are_counted_out_in_the_summary()
    {
        var undated = SeedTerms.OneFile.Select(a => a with { Published = null }).ToList();

        var comparison = KeynessComparison.BetweenHalves(undated, SeedTerms.Counter);

        Assert.Equal(13, comparison.Undated);
        Assert.Equal("文章的出版日期不足两个，无法分成两个时期比较；13 篇无日期的文章不计 · fewer than two publication dates: no two periods to compare; 13 undated articles left out",
            comparison.Summary);
    }
}
