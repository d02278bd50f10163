using System.Text;
using System.Text.RegularExpressions;
using NewsCorpus.Decoding;
using NewsCorpus.Pipeline;
using NewsCorpus.Reading;

namespace NewsCorpus.Tests.BadInput;

/// <summary>No input makes the pipeline loop, backtrack or throw: long lines are kept from readers, failing stages cost structure, not text.</summary>
public partial class BoundedWorkTests
{
    [Fact]
    public void A_10_MB_single_line_is_kept_whole_without_reaching_the_reader()
    {
        var flat = SeedBytes.Text("002").Replace("\n", "");
        var line = string.Concat(Enumerable.Repeat(flat, 10_000_000 / Encoding.UTF8.GetByteCount(flat) + 1));
        var bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(bytes.Length >= 10_000_000);

        var result = NewsPipeline.Default.ParseBytes(bytes, "long.txt");

        Assert.Equal(FileStatus.Parsed, result.Report.Status);
        var article = Assert.Single(result.Articles);
        Assert.Equal(line, article.Body.Text);
        Assert.Equal(new LineRange(1, 1), article.Lines);
        var diagnostic = Assert.Single(result.Report.Diagnostics);
        Assert.Equal(("line-too-long", 1), (diagnostic.Code, diagnostic.Line));
        Assert.Equal($"line of {line.Length:N0} characters (limit 100,000) kept whole as an article of its own, not given to the page reader", diagnostic.Message);
    }

    [Fact]
    public void Withheld_long_lines_leave_the_other_articles_mapped_to_the_real_text()
    {
        var bytes = SeedBytes.Raw("002");
        var text = TextDecoder.Decode(bytes, "002.txt").Text;
        var lines = text.Split('\n');
        var limit = lines.Max(l => l.Length) - 1;
        var longest = Array.FindIndex(lines, l => l.Length > limit) + 1;
        var pipeline = NewsPipeline.CreateBuilder().UseDefaults().UseMaxLineLength(limit).Build();

        var result = pipeline.ParseBytes(bytes, "002.txt");

        var withheld = Assert.Single(result.Articles, a => a.Lines == new LineRange(longest, longest) && a.Layout == Layout.Unknown);
        Assert.Equal(lines[longest - 1], withheld.Body.Text);
        Assert.Equal(longest, Assert.Single(result.Report.Diagnostics, d => d.Code == "line-too-long").Line);
        foreach (var article in result.Articles)
            for (var i = 0; i < article.Body.Text.Length; i++)
                if (article.Body.Text[i] is >= '\u4E00' and <= '\u9FFF')
                    Assert.Equal(article.Body.Text[i], text[article.Body.Offsets[i]]);
        var covered = string.Concat(result.Articles.Select(a => a.Body.Text));
        Assert.Contains(lines[longest - 1], covered);
    }

    [Fact]
    public void A_reader_that_throws_costs_the_structure_not_the_text()
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDefaults().UseReader(new ThrowingReader(Layout.WebArticle)).Build();

        var result = pipeline.ParseFile(Tests.Shared.Seeds.File("001"));

        Assert.Equal(FileStatus.Partial, result.Report.Status);
        var diagnostic = Assert.Single(result.Report.Diagnostics, d => d.Code == "reader-failed");
        Assert.Equal("the web-article reader failed (InvalidDataException: column 3 of line 7); the whole file is kept as one article", diagnostic.Message);
        Assert.Equal(SeedBytes.Text("001"), Assert.Single(result.Articles).Body.Text);
    }

    [Fact]
    public void A_runaway_regex_in_a_reader_times_out_and_the_file_is_kept()
    {
        var text = "# 标题\n" + new string('a', 40) + "!";
        var pipeline = NewsPipeline.CreateBuilder().UseDefaults().UseReader(new BacktrackingReader(LayoutDetector.Detect(text))).Build();

        var result = pipeline.ParseBytes(Encoding.UTF8.GetBytes(text), "evil.txt");

        Assert.Equal(FileStatus.Partial, result.Report.Status);
        Assert.Contains("RegexMatchTimeoutException", Assert.Single(result.Report.Diagnostics, d => d.Code == "reader-failed").Message);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void An_enricher_that_throws_leaves_the_article_without_that_stage()
    {
        var pipeline = NewsPipeline.CreateBuilder().UseDefaults().Use(new ThrowingEnricher()).Build();

        var result = pipeline.ParseFile(Tests.Shared.Seeds.File("003"));

        Assert.Equal(FileStatus.Partial, result.Report.Status);
        Assert.NotEmpty(result.Articles);
        var failures = result.Report.Diagnostics.Where(d => d.Code == "enricher-failed").ToList();
        Assert.Equal(result.Articles.Select(a => (int?)a.Lines.First), failures.Select(d => d.Line));
        Assert.All(failures, d => Assert.StartsWith("ThrowingEnricher failed on the article at lines ", d.Message));
    }

    private sealed class ThrowingReader(Layout layout) : IPageReader
    {
        public Layout Layout => layout;

        public PageReadResult Read(SourceDocument document) => throw new InvalidDataException("column 3 of line 7");
    }

    private sealed partial class BacktrackingReader(Layout layout) : IPageReader
    {
        public Layout Layout => layout;

        public PageReadResult Read(SourceDocument document)
        {
            foreach (var line in document.Text.Split('\n')) Nested().IsMatch(line);
            return new([], []);
        }

        [GeneratedRegex("^(a+)+$")]
        private static partial Regex Nested();
    }

    private sealed class ThrowingEnricher : IArticleEnricher
    {
        public Article Enrich(Article article) => throw new FormatException("bad number");
    }
}
