using NewsCorpus.Analysis.Charts;
using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Tests.Charts;

public class ChartBuilderTests
{
    private static readonly IReadOnlyList<Article> Articles = SampleArticles.All;

    [Fact]
    public void Articles_by_date_stacks_layouts_on_a_category_axis()
    {
        var chart = new ChartJson(CorpusCharts.ArticlesByDate(Articles));

        Assert.Contains("Articles by publication date", chart.Title);
        Assert.Contains("未定日期 1 篇", chart.Title);
        Assert.Equal("stack", chart.Layout.GetProperty("barmode").GetString());
        Assert.Equal("category", chart.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        var web = chart.Trace("web-article");
        Assert.Equal(["2020-02-01", "2020-02-19", "2020-03-07"], ChartJson.Strings(web.GetProperty("x")));
        Assert.Equal([1d, 0d, 0d], ChartJson.Numbers(web.GetProperty("y")));
    }

    [Fact]
    public void Reporters_rank_by_articles_with_the_largest_on_top()
    {
        var chart = new ChartJson(CorpusCharts.Reporters(Articles, top: 3));

        var bars = chart.Traces.Single();
        Assert.Equal("h", bars.GetProperty("orientation").GetString());
        // plotly draws the first category at the bottom, so the ranking is reversed
        Assert.Equal(["沈全华", "李支国", "尹二荣"], ChartJson.Strings(bars.GetProperty("y")));
        Assert.Equal([1d, 1d, 1d], ChartJson.Numbers(bars.GetProperty("x")));
    }

    [Fact]
    public void Places_count_articles_not_mentions()
    {
        var chart = new ChartJson(CorpusCharts.Places(Articles));

        var bars = chart.Traces.Single();
        Assert.Equal(["渌口区", "株洲"], ChartJson.Strings(bars.GetProperty("y")));
        Assert.Equal([1d, 2d], ChartJson.Numbers(bars.GetProperty("x")));
    }

    [Fact]
    public void Organizations_and_people_rank_their_names()
    {
        var people = new ChartJson(CorpusCharts.People(Articles)).Traces.Single();
        var organizations = new ChartJson(CorpusCharts.Organizations(Articles)).Traces.Single();

        Assert.Equal(["周勇"], ChartJson.Strings(people.GetProperty("y")));
        Assert.Equal(4, ChartJson.Strings(organizations.GetProperty("y")).Count);
    }

    [Fact]
    public void Quantity_timeline_plots_each_figure_of_a_family_at_its_publication_date()
    {
        var points = QuantityCharts.Points(Articles, QuantityCategory.Blood);
        var chart = new ChartJson(QuantityCharts.Timeline(Articles, QuantityCategory.Blood));

        Assert.Equal([5200d, 400d], points.Select(p => p.Value));
        Assert.All(points, p => Assert.Equal(new DateTime(2020, 3, 7), p.Date));
        Assert.Equal("5200毫升 · 社会各界勠力同心 团体献血共抗疫情", points[0].Hover);
        Assert.Contains("献血量", chart.Title);
        Assert.Equal([5200d, 400d], ChartJson.Numbers(chart.Trace("mL").GetProperty("y")));
    }

    [Fact]
    public void Quantity_families_are_recognised_by_unit()
    {
        var people = QuantityCharts.Points(Articles, QuantityCategory.People);

        Assert.Equal([15d, 240000d, 300d], people.Select(p => p.Value));
        Assert.Empty(QuantityCharts.Points(Articles, QuantityCategory.Money));
    }

    [Fact]
    public void Quantity_families_over_time_count_per_period()
    {
        var chart = new ChartJson(QuantityCharts.CategoriesOverTime(Articles));

        var people = chart.Trace(QuantityCategory.People.Label);
        Assert.Equal(["2020-02-01", "2020-03-07"], ChartJson.Strings(people.GetProperty("x")));
        Assert.Equal([2d, 1d], ChartJson.Numbers(people.GetProperty("y")));
        Assert.Equal([0d, 2d], ChartJson.Numbers(chart.Trace(QuantityCategory.Blood.Label).GetProperty("y")));
    }

    [Fact]
    public void Event_timeline_places_resolved_dates_per_article()
    {
        var chart = new ChartJson(EventCharts.Timeline(Articles));

        var points = chart.Traces.Single();
        Assert.Equal(3, points.GetProperty("x").GetArrayLength());
        Assert.Contains("2020-02-26T00:00:00", ChartJson.Strings(points.GetProperty("x")));
        // bottom to top: undated, then newest to oldest, so the oldest article is on top
        Assert.Equal(["2021年12月份 城市管理考核评…", "社会各界勠力同心 团体献血共抗疫情 (2020-03-07)", "株洲市国有建设用地使用权网上挂牌出… (2020-02-19)"],
            ChartJson.Strings(chart.Layout.GetProperty("yaxis").GetProperty("categoryarray")));
        Assert.Equal("date", chart.Layout.GetProperty("xaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Places_over_time_counts_articles_per_place_and_period()
    {
        var points = PlaceCharts.OverTimePoints(Articles, levels: null, top: 5);

        Assert.Contains(new TrendPoint("株洲", new DateTime(2020, 2, 1), 1), points);
        Assert.Contains(new TrendPoint("渌口区", new DateTime(2020, 2, 19), 1), points);
        Assert.Equal(["渌口区"], PlaceCharts.OverTimePoints(Articles, PlaceCharts.CountyLevels, 5).Where(p => p.Value > 0).Select(p => p.Series).Distinct());
    }

    [Fact]
    public void Place_topic_heat_map_counts_articles_about_both()
    {
        var cells = PlaceCharts.ByTopicCells(Articles, minScore: 0.3, top: 10);
        var chart = new ChartJson(PlaceCharts.ByTopic(Articles));

        Assert.Contains(new HeatCell("株洲", "献血", 1), cells);
        Assert.Contains(new HeatCell("株洲", "党建", 1), cells);
        Assert.Contains(new HeatCell("渌口区", "土地出让", 1), cells);
        Assert.DoesNotContain(cells, c => c.Column == "复工复产"); // score 0.2 is under the threshold
        Assert.Equal("heatmap", chart.Traces.Single().GetProperty("type").GetString());
    }

    [Fact]
    public void Table_numbers_chart_the_numeric_columns()
    {
        var table = TableFrames.All([SampleArticles.LandParcel]).Single();

        var chart = new ChartJson(TableCharts.Numbers(table));

        var bars = chart.Traces.Single();
        Assert.Equal(["增价幅度(万元)", "挂牌起始价(万元)", "竞买保证金(万元)", "出让土地面积(平方米)"], ChartJson.Strings(bars.GetProperty("y")));
        Assert.Equal([100, 5063, 1520, 105487.7], ChartJson.Numbers(bars.GetProperty("x")));
        Assert.Equal("log", chart.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Contains("[2020]网挂第016号", chart.Layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    private static readonly PageTable RanksOnly = new("ranks", ["项目", "荷塘区"], [["排名", "第一名"]], new LineRange(1, 2));

    [Fact]
    public void Text_tables_chart_the_amounts_in_their_cells()
    {
        var table = TableFrames.All([SampleArticles.CityManagement]).Single();

        var chart = new ChartJson(TableCharts.Numbers(table));

        var awards = chart.Trace("奖 罚 (CNY)");
        Assert.Equal(["株洲经开区", "荷塘区", "石峰区", "芦淞区"], ChartJson.Strings(awards.GetProperty("x")));
        Assert.Equal([1_000_000d, 600_000d, 300_000d, 300_000d], ChartJson.Numbers(awards.GetProperty("y")));
    }

    [Fact]
    public void Every_builder_gives_a_chart_with_a_note_when_there_is_no_data()
    {
        var empty = Array.Empty<Article>();
        var charts = new[]
        {
            CorpusCharts.ArticlesByDate(empty), CorpusCharts.Reporters(empty), CorpusCharts.Places(empty),
            CorpusCharts.Organizations(empty), CorpusCharts.People(empty), CorpusCharts.FilesByLayout(Corpus.FromArticles(empty)),
            QuantityCharts.Timeline(empty, QuantityCategory.Money), QuantityCharts.CategoriesOverTime(empty),
            EventCharts.Timeline(empty), PlaceCharts.OverTime(empty), PlaceCharts.ByTopic(empty),
            TableCharts.Numbers(new PageTableFrame(SampleArticles.CityManagement, 0, RanksOnly, TableFrames.ToDataFrame(RanksOnly))),
        };

        Assert.All(charts, c => Assert.NotNull(new ChartJson(c).Annotation));
        Assert.Equal(ChartKit.NoData, new ChartJson(charts[0]).Annotation);
    }
}
