using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using NewsCorpus.Analysis.Charts;
using NewsCorpus.Analysis.Display;
using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Tests.Display;

public class DisplayTests
{
    [Fact]
    public void Frame_html_is_a_capped_script_free_table_with_column_types()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, 50).Select(i => (int?)i)),
            new StringDataFrameColumn("text", Enumerable.Range(0, 50).Select(i => $"<b>{i}</b>")));

        var html = FrameHtml.ToHtml(frame);

        Assert.StartsWith("<div class=\"newscorpus-frame\">", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("n<br><small style=\"font-weight:normal;color:#777\">int</small>", html);
        Assert.Contains("&lt;b&gt;19&lt;/b&gt;", html);
        Assert.DoesNotContain("&lt;b&gt;20&lt;/b&gt;", html);
        Assert.Contains("first 20 of 50 rows, 2 columns", html);
    }

    [Fact]
    public void Cells_show_dates_without_midnight_and_numbers_with_separators()
    {
        Assert.Equal("2020-02-26", FrameHtml.Cell(new DateTime(2020, 2, 26)));
        Assert.Equal("2020-02-01 13:30:17", FrameHtml.Cell(new DateTime(2020, 2, 1, 13, 30, 17)));
        Assert.Equal("105,487.7", FrameHtml.Cell(105487.7));
        Assert.Equal("", FrameHtml.Cell(null));
    }

    [Fact]
    public void Chart_html_is_a_marked_div_and_a_newPlot_call_without_a_script_src()
    {
        var html = ChartHtml.ToHtml(CorpusCharts.Places(SampleArticles.All));

        Assert.Contains($"class=\"{ChartHtml.ChartClass}\"", html);
        Assert.Contains("Plotly.newPlot(", html);
        Assert.DoesNotContain("<script src", html);
        Assert.Matches("""var layout = \{"width":860,"height":\d+""", html);
        Assert.Contains("渌口区", html);
    }

    [Fact]
    public void Chart_html_cannot_close_its_script_early()
    {
        var chart = ChartKit.RankedBars([("</script><b>x", 1)], "t", "x", "y");

        var html = ChartHtml.ToHtml(chart);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void Report_html_shows_counts_and_diagnostics()
    {
        var html = ReportHtml.ToHtml(SeedCorpus.Value);

        Assert.Contains("5 个文件 files", html);
        Assert.Contains($"{SeedCorpus.Value.Articles.Count} 篇文章 articles", html);
        Assert.Contains("epaper-markdown 2", html);
    }

    [Fact]
    public void Register_makes_html_the_display_of_frames_charts_and_the_corpus()
    {
        NotebookDisplay.Register();

        Assert.Contains("<table", CorpusFrames.Articles(SampleArticles.All).ToDisplayString("text/html"));
        Assert.Contains("Plotly.newPlot(", CorpusCharts.Reporters(SampleArticles.All).ToDisplayString("text/html"));
        Assert.Contains("个文件 files", Corpus.FromArticles(SampleArticles.All).ToDisplayString("text/html"));
        Assert.Contains("<caption", TableFrames.All([SampleArticles.LandParcel]).Single().ToDisplayString("text/html"));
    }
}
