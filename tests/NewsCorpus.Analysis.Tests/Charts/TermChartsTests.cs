using NewsCorpus.Analysis.Charts;
using NewsCorpus.Analysis.Terms;
using NewsCorpus.Analysis.Tests.Terms;

namespace NewsCorpus.Analysis.Tests.Charts;

public class TermChartsTests
{
    private static readonly string[] Months = ["2020-02-01", "2020-03-01", "2022-01-01", "2022-11-01"];

    [Fact]
    public void Topic_trends_draw_the_top_topics_per_month_with_zeros_where_a_month_has_none()
    {
        var chart = new ChartJson(TermCharts.TopicTrends(SeedTerms.Topics, top: 8));

        Assert.Contains("Topic terms per 10,000 characters by period", chart.Title);
        // The legend lists the topics by hits: 疫情防控 first, then 复工复产.
        Assert.Equal(["疫情防控", "复工复产"], chart.Traces.Take(2).Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(8, chart.Traces.Count);
        Assert.Equal("%Y-%m", chart.Layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        var partyBuilding = chart.Trace("党建");
        Assert.Equal(Months, ChartJson.Strings(partyBuilding.GetProperty("x")).Select(x => x![..10]));
        Assert.Equal(53 * 10_000.0 / 7814, ChartJson.Numbers(partyBuilding.GetProperty("y"))[0], 9);
        // No article of February 2020 mentions blood donation terms: a real zero, drawn as such.
        Assert.Equal(0, ChartJson.Numbers(chart.Trace("献血").GetProperty("y"))[0]);
        Assert.DoesNotContain(chart.Traces, t => t.GetProperty("name").GetString() == "反腐"); // 9th by hits
    }

    [Fact]
    public void One_period_gives_bars_and_says_so()
    {
        var rows = TermFrequency.TopicsPerPeriod(SeedTerms.OneFile, SeedTerms.Scorer, PeriodGrains.For(SeedTerms.OneFile));
        var chart = new ChartJson(TermCharts.TopicTrends(rows));

        Assert.Contains("只有一个时期 one period only", chart.Title);
        Assert.All(chart.Traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.Equal(["2022-11-11"], ChartJson.Strings(chart.Trace("疫情防控").GetProperty("x")));
    }

    [Fact]
    public void Term_trends_draw_the_given_terms()
    {
        var chart = new ChartJson(TermCharts.TermTrends(SeedTerms.Terms, ["企业", "核酸检测"]));

        Assert.Equal(["企业", "核酸检测"], chart.Traces.Select(t => t.GetProperty("name").GetString()));
        // 企业 35 times in February 2020's 7,814 characters; 核酸检测 first in November 2022.
        Assert.Equal(35 * 10_000.0 / 7814, ChartJson.Numbers(chart.Trace("企业").GetProperty("y"))[0], 9);
        var tests = ChartJson.Numbers(chart.Trace("核酸检测").GetProperty("y"));
        Assert.Equal([0d, 0d, 0d], tests.Take(3));
        Assert.True(tests[3] > 0);
    }

    [Fact]
    public void Undated_rows_are_left_out_and_the_title_says_so()
    {
        var rows = TermFrequency.PerPeriod(
            [TermTestArticles.Make("a", "复工复产", new DateOnly(2020, 2, 19)), TermTestArticles.Make("b", "复工复产", new DateOnly(2020, 3, 1)), TermTestArticles.Make("c", "复工复产")],
            new TermCounter(), PeriodGrain.Month);

        var chart = new ChartJson(TermCharts.TermTrends(rows, ["复工复产"]));

        Assert.Contains("undated articles not shown", chart.Title);
        Assert.Equal(2, chart.Trace("复工复产").GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Top_terms_rank_the_corpus_terms_with_the_most_frequent_on_top()
    {
        var bars = new ChartJson(TermCharts.TopTerms(SeedTerms.Terms, top: 3)).Traces.Single();

        Assert.Equal(["社区", "企业", "工作"], ChartJson.Strings(bars.GetProperty("y")));
        Assert.Equal([72d, 92d, 104d], ChartJson.Numbers(bars.GetProperty("x")));
    }

    [Fact]
    public void Keyness_puts_later_terms_right_and_earlier_terms_left()
    {
        var chart = new ChartJson(TermCharts.Keyness(SeedTerms.Comparison, top: 15));

        var later = chart.Trace("后期 later 2022-01-08 – 2022-11-11");
        var earlier = chart.Trace("前期 earlier 2020-02-01 – 2020-03-07");
        Assert.Equal(15, later.GetProperty("x").GetArrayLength());
        Assert.Equal("市中心血站", ChartJson.Strings(later.GetProperty("y"))[0]);
        Assert.All(ChartJson.Numbers(later.GetProperty("x")), g => Assert.True(g > 0));
        Assert.All(ChartJson.Numbers(earlier.GetProperty("x")), g => Assert.True(g < 0));
        Assert.Equal(-SeedTerms.Comparison.Rows[0].LogLikelihood, ChartJson.Numbers(earlier.GetProperty("x"))[^1]);
        // Categories bottom to top: the earlier side's strongest term at the bottom, the later side's at the top.
        var order = ChartJson.Strings(chart.Layout.GetProperty("yaxis").GetProperty("categoryarray"));
        Assert.Equal(("企业", "市中心血站", 30), (order[0], order[^1], order.Count));
        Assert.Equal("relative", chart.Layout.GetProperty("barmode").GetString());
        Assert.Equal([-Keyness.Critical05, Keyness.Critical05], chart.Layout.GetProperty("shapes").EnumerateArray().Select(s => s.GetProperty("x0").GetDouble()));
    }

    [Fact]
    public void Keyness_of_one_period_is_a_note()
    {
        var chart = new ChartJson(TermCharts.Keyness(KeynessComparison.BetweenHalves(SeedTerms.OneFile, SeedTerms.Counter)));

        Assert.Equal("出版日期不足两个，无法比较两个时期 · fewer than two publication dates: nothing to compare", chart.Annotation);
    }

    [Fact]
    public void Distinctive_trends_draw_the_significant_terms_of_both_sides()
    {
        var chart = new ChartJson(TermCharts.DistinctiveTrends(SeedTerms.Terms, SeedTerms.Comparison, perSide: 3));
        var oneFile = new ChartJson(TermCharts.DistinctiveTrends(SeedTerms.Terms, KeynessComparison.BetweenHalves(SeedTerms.OneFile, SeedTerms.Counter)));

        Assert.Equal(SeedTerms.Comparison.TopTerms(3), chart.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(6, chart.Traces.Count);
        Assert.Contains("Distinctive terms per 10,000 characters", chart.Title);
        Assert.Contains("市中心血站", chart.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("出版日期不足两个，无法比较两个时期 · fewer than two publication dates: nothing to compare", oneFile.Annotation);
    }

    [Fact]
    public void Term_charts_of_no_articles_are_notes()
    {
        Assert.NotNull(new ChartJson(TermCharts.TopicTrends([])).Annotation);
        Assert.NotNull(new ChartJson(TermCharts.TermTrends([], ["企业"])).Annotation);
        Assert.NotNull(new ChartJson(TermCharts.TopTerms([])).Annotation);
    }
}
