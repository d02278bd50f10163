using NewsCorpus.Analysis.Charts;

namespace NewsCorpus.Analysis.Tests.Charts;

public class ChartKitTests
{
    [Fact]
    public void Small_counts_get_a_tick_for_every_whole_number()
    {
        var reporters = new ChartJson(CorpusCharts.Reporters(SeedCorpus.Value.Articles));

        // The seeds' reporters sign 1 to 4 articles: no half-article ticks.
        Assert.Equal(1, reporters.Layout.GetProperty("xaxis").GetProperty("dtick").GetDouble());
        Assert.Equal(1, ChartKit.CountTicks([0, 3, 10]));
        Assert.Null(ChartKit.CountTicks([0, 11]));
        Assert.Null(ChartKit.CountTicks([0.5]));
        Assert.Null(ChartKit.CountTicks([]));
    }

    [Fact]
    public void Dates_within_a_few_days_show_whole_days_around_them()
    {
        var day = new DateTime(2022, 11, 11);
        var one = new ChartJson(ChartKit.Points([new TrendPoint("a", day, 1), new TrendPoint("b", day, 2)], "t", "y"));
        var years = new ChartJson(ChartKit.Points([new TrendPoint("a", day, 1), new TrendPoint("a", day.AddYears(2), 2)], "t", "y"));

        var axis = one.Layout.GetProperty("xaxis");
        Assert.Equal(["2022-11-10", "2022-11-12"], ChartJson.Strings(axis.GetProperty("range")));
        Assert.Equal(86_400_000d, axis.GetProperty("dtick").GetDouble());
        Assert.False(years.Layout.GetProperty("xaxis").TryGetProperty("range", out _));
        Assert.Equal("date", years.Layout.GetProperty("xaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_note_goes_under_the_title_with_room_for_it()
    {
        var chart = new ChartJson(ChartKit.Lines([new TrendPoint("a", new DateTime(2020, 1, 1), 1)], ChartKit.WithNote("标题 Title", "注 note"), "y"));

        Assert.Equal("标题 Title<br><sup>注 note</sup>", chart.Title);
        Assert.Equal(85, chart.Layout.GetProperty("margin").GetProperty("t").GetInt32());
    }
}
