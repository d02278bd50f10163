using NewsCorpus.Analysis.Terms;
using NewsCorpus.Topics;

namespace NewsCorpus.Analysis.Tests.Terms;

public class TermFrequencyTests
{
    private static readonly TermCounter Counter = new();

    private static readonly Article[] Articles =
    [
        TermTestArticles.Make("a", "株洲复工复产。企业复工复产。", new DateOnly(2020, 2, 19)),
        TermTestArticles.Make("b", "株洲开展核酸检测。", new DateOnly(2020, 2, 26)),
        TermTestArticles.Make("c", "醴陵实行静默管控，核酸检测。", new DateOnly(2022, 11, 5)),
        TermTestArticles.Make("d", "复工复产", null),
    ];

    [Fact]
    public void Terms_are_counted_per_month_and_normalised_per_10000_characters()
    {
        var rows = TermFrequency.PerPeriod(Articles, Counter, PeriodGrain.Month, ["复工复产", "核酸检测", "株洲"]);
        Assert.Equal(
            [
                ("2020-02", "复工复产", 2, 1), ("2020-02", "株洲", 2, 2), ("2020-02", "核酸检测", 1, 1),
                ("2022-11", "核酸检测", 1, 1),
                ("undated", "复工复产", 1, 1),
            ],
            rows.Select(r => (r.Period.Label, r.Term, r.Count, r.Articles)));
        // February 2020: 14 + 9 non-space characters.
        Assert.Equal(2 * 10_000.0 / 23, rows[0].PerTenThousandChars, 9);
    }

    [Fact]
    public void Stopwords_and_single_characters_are_not_terms()
    {
        var counts = Counter.Count("我们的企业在株洲复工复产了");
        Assert.Equal(new Dictionary<string, int> { ["企业"] = 1, ["株洲"] = 1, ["复工复产"] = 1 }, counts);
    }

    [Fact]
    public void Topic_frequency_per_period_counts_scored_articles_and_term_hits()
    {
        var scored = new[]
        {
            TermTestArticles.Make("a", "复工复产，复工复产。", new DateOnly(2020, 2, 19), topics: [("复工复产", 0.9)]),
            TermTestArticles.Make("b", "企业复工。", new DateOnly(2020, 2, 20)),
        };
        var rows = TermFrequency.TopicsPerPeriod(scored, new TopicScorer(), PeriodGrain.Month);
        var row = Assert.Single(rows, r => r.Topic == "复工复产");
        // 复工复产 twice, then 企业 and 复工 in the unscored article.
        Assert.Equal(("2020-02", 1, 4, 0.9), (row.Period.Label, row.Articles, row.Hits, row.MeanScore));
        Assert.Equal(4 * 10_000.0 / 15, row.PerTenThousandChars, 9);
    }

    [Fact]
    public void Periods_of_each_grain()
    {
        var d = new DateOnly(2020, 2, 19);
        Assert.Equal("2020-02-19", Period.Of(d, PeriodGrain.Day).Label);
        Assert.Equal(("2020-W08", new DateOnly(2020, 2, 17)), (Period.Of(d, PeriodGrain.Week).Label, Period.Of(d, PeriodGrain.Week).Start!.Value));
        Assert.Equal("2020-Q1", Period.Of(d, PeriodGrain.Quarter).Label);
        Assert.Equal(("2020", new DateOnly(2020, 12, 31)), (Period.Of(d, PeriodGrain.Year).Label, Period.Of(d, PeriodGrain.Year).End!.Value));
        Assert.Equal(Period.Undated, Period.Of(null, PeriodGrain.Month));
    }

    [Fact]
    public void People_found_in_an_article_are_counted_as_whole_names()
    {
        const string text = "周骥立即准备返程。周骥说。";
        var article = TermTestArticles.Make("p", text) with { People = [new PersonMention("周骥", null, new Span(0, 2)), new PersonMention("周骥", null, new Span(9, 11))] };
        Assert.Equal(2, Counter.Count(article)["周骥"]);
    }
}
