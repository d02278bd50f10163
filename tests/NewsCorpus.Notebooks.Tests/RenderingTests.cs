using NewsCorpus.Notebooks.Execution;
using NewsCorpus.Notebooks.Formats;
using NewsCorpus.Notebooks.Model;
using NewsCorpus.Notebooks.Rendering;

namespace NewsCorpus.Notebooks.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void Markdown_blocks_and_inline_markup_become_html_and_raw_html_is_escaped()
    {
        const string markdown = """
            ## 献血 *2020*

            第一段 **加粗** 和 `a<b>`,见 [株洲日报](https://example.org/zz)。
            第二行

            - 一
            - 二

            1. first

            | 区 | 人数 |
            |---|---:|
            | 天元区 | 12 |

            > 引用

            ```csharp
            var n = 1;
            ```

            <script>alert(1)</script>
            """;

        Assert.Equal("""
            <h2>献血 <em>2020</em></h2>
            <p>第一段 <strong>加粗</strong> 和 <code>a&lt;b&gt;</code>,见 <a href="https://example.org/zz">株洲日报</a>。<br>
            第二行</p>
            <ul>
            <li>一</li>
            <li>二</li>
            </ul>
            <ol>
            <li>first</li>
            </ol>
            <table>
            <thead><tr><th>区</th><th>人数</th></tr></thead>
            <tbody>
            <tr><td>天元区</td><td>12</td></tr>
            </tbody>
            </table>
            <blockquote>
            <p>引用</p>
            </blockquote>
            <pre class="code"><code><span class="k">var</span> n = <span class="n">1</span>;</code></pre>
            <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>

            """.ReplaceLineEndings("\n"), MarkdownHtml.ToHtml(markdown));
    }

    [Fact]
    public void CSharp_highlighting_marks_keywords_strings_numbers_comments_directives_and_escapes()
    {
        Assert.Equal(
            "<span class=\"d\">#</span><span class=\"d\">r</span> <span class=\"d\">&quot;lib/a.dll&quot;</span>\n" +
            "<span class=\"k\">var</span> x = <span class=\"k\">new</span> <span class=\"t\">List</span>&lt;<span class=\"k\">int</span>&gt;(); " +
            "<span class=\"c\">// 注释 &lt;b&gt;</span>\n" +
            "Console.WriteLine(<span class=\"s\">&quot;株洲&quot;</span>, <span class=\"n\">3.5</span>);",
            CSharpHighlighter.ToHtml("#r \"lib/a.dll\"\nvar x = new List<int>(); // 注释 <b>\nConsole.WriteLine(\"株洲\", 3.5);"));
    }

    [Theory]
    [InlineData("   at Trends.Count() in /home/ana/src/NewsCorpus/Trends.cs:line 4", "   at Trends.Count() in Trends.cs:line 4")]
    [InlineData("Could not find file '/root/.nuget/packages/plotly.net/6.0.0/lib/Plotly.NET.dll'.", "Could not find file 'Plotly.NET.dll'.")]
    [InlineData("data folder /work/wt/render/data", "data folder data")]
    [InlineData("from ~/corpus/raw/000.txt", "from 000.txt")]
    [InlineData(@"at C:\Users\ana\src\Trends.cs:line 4", "at Trends.cs:line 4")]
    [InlineData("<p><b>语料</b> /srv/corpus/data · <img src=\"data:image/png;base64,iVB+/Rw0/KG==\"></p>", "<p><b>语料</b> data · <img src=\"data:image/png;base64,iVB+/Rw0/KG==\"></p>")]
    [InlineData("see https://cdn.plot.ly/plotly-2.28.0.min.js and notebooks/trends.ipynb, 1/2/3", "see https://cdn.plot.ly/plotly-2.28.0.min.js and notebooks/trends.ipynb, 1/2/3")]
    public void Path_scrubber_keeps_only_file_names_of_absolute_paths(string text, string expected) =>
        Assert.Equal(expected, PathScrubber.Scrub(text));

    [Fact]
    public async Task Html_page_embeds_plotly_once_highlights_code_and_marks_errors()
    {
        using var fixtures = new FixtureNotebooks();
        var kinds = (await fixtures.RunAsync("kinds.ipynb")).Notebook;
        var chartOutput = kinds.Cells[6].Outputs[0];
        kinds.Cells[7].Outputs.Add(chartOutput);
        kinds.Cells[7].Outputs.Add(new ErrorOutput("CompilationError", "x", ["cell 8, line 1: error CS0103: <x>"]));

        var html = HtmlPage.Render(kinds, "每种单元格", "kinds.ipynb");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">", html);
        Assert.Equal(1, Occurrences(html, PlotlyScript.Source[..200]));
        Assert.Equal(2, Occurrences(html, "<!-- Plotly chart will be drawn inside this DIV -->"));
        Assert.Contains("<li>株洲日报</li>", html);
        Assert.Contains("<pre class=\"stream stderr\">warning: 示例\n</pre>", html);
        Assert.Contains("<pre class=\"source\" data-prompt=\"[2]\"><code>city.Length + <span class=\"n\">40</span></code></pre>", html);
        Assert.Contains("<pre class=\"error\">cell 8, line 1: error CS0103: &lt;x&gt;</pre>", html);
        Assert.Contains("<div class=\"display\"><b>(3, 4)</b></div>", html);
        Assert.DoesNotContain(fixtures.Directory, html);
    }

    [Fact]
    public void Page_without_charts_carries_no_plotly()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell { Kind = CellKind.Markdown, Source = "# 标题" });
        Assert.DoesNotContain("Plotly", HtmlPage.Render(notebook, "标题", "t.ipynb"));
    }

    [Fact]
    public void Chart_size_comes_from_the_plotly_layout_or_a_default()
    {
        Assert.Equal((600, 400), ChartImages.Size("<script>var layout = {\"width\":600,\"height\":400,\"template\":{}};</script>"));
        Assert.Equal((900, 500), ChartImages.Size("<script>var layout = {\"template\":{\"width\":3}};</script>"));
        Assert.Equal((720, 420), ChartImages.Size("<div id=\"c1\" class=\"chart\" style=\"width:720px;height:420px;max-width:100%\"></div><script>var layout = {\"title\":{}};</script>"));
    }

    [Fact]
    public async Task Renderer_without_a_browser_writes_ipynb_and_html_and_says_images_were_skipped()
    {
        using var fixtures = new FixtureNotebooks();
        var output = Path.Combine(fixtures.Directory, "out");

        var rendered = await new NotebookRenderer(new RenderOptions { OutputDirectory = output, Browser = null })
            .RenderAsync(fixtures.Path("kinds.ipynb"), "kinds");

        Assert.Equal((1, 0), (rendered.Charts, rendered.Images));
        Assert.Equal("no headless browser found (install chromium), chart images skipped", rendered.ImageProblem);
        Assert.True(File.Exists(Path.Combine(output, "kinds.html")));
        var executed = NotebookFile.Load(Path.Combine(output, "kinds.ipynb"));
        Assert.Equal("欢迎来到株洲", executed.Cells[5].Outputs.OfType<DisplayOutput>().Single()["text/plain"]);
        Assert.Null(executed.Cells[6].Outputs.OfType<DisplayOutput>().Single()["image/png"]);
    }

    [Fact]
    public async Task Chromium_draws_a_png_of_the_chart_at_its_layout_size()
    {
        var browser = HeadlessChromium.Find() ?? throw new InvalidOperationException("this test needs chromium (Debian: apt-get install chromium fonts-noto-cjk)");
        using var fixtures = new FixtureNotebooks();
        var notebook = (await fixtures.RunAsync("kinds.ipynb")).Notebook;

        Assert.Equal(1, await new ChartImages(browser).AddToAsync(notebook));

        var png = Convert.FromBase64String(((DisplayOutput)notebook.Cells[6].Outputs[0])["image/png"]!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal((600, 600), (PngPixels.BigEndian(png, 16), PngPixels.BigEndian(png, 20)));
        // The two bars (52 and 31 on a 0–55 axis, about 175 px wide) are drawn in plotly's first colour, rgb(99, 110, 250).
        var barPixels = PngPixels.Count(png, (99, 110, 250));
        Assert.InRange(barPixels, 100_000, 160_000);
    }

    [Fact]
    public void Index_links_every_page_and_states_data_folder_time_and_corpus()
    {
        var html = IndexPage.Render(
            [new IndexEntry("趋势", "trends.html", "trends.ipynb", 0, 3, 3, TimeSpan.FromSeconds(4.25)),
             new IndexEntry("献血", "topics/blood.html", "topics/blood.ipynb", 2, 1, 0, TimeSpan.FromSeconds(1))],
            "data", new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.Zero), [new("articles", "42")]);

        Assert.Contains("<td><a href=\"trends.html\">趋势</a></td><td><a href=\"trends.ipynb\">.ipynb</a></td><td><span class=\"ok\">ok</span></td><td>3</td><td>3</td><td>4.3 s</td>", html);
        Assert.Contains("<a href=\"topics/blood.html\">献血</a>", html);
        Assert.Contains("<span class=\"failed\">2 failed cells</span>", html);
        Assert.Contains("Data folder <code>data</code> · rendered 2026-11-23 10:30 UTC", html);
        Assert.Contains("<tr><th>articles</th><td>42</td></tr>", html);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
