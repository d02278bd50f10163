using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.BadInput;

/// <summary>A seed re-encoded (GBK, GB18030, UTF-16 with and without BOM, BOM + CRLF, CR, mixed newlines) gives the same articles as the original.</summary>
public class ReEncodedSeedTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedBytes.Numbers)
            foreach (var variant in SeedBytes.Variants)
                if (variant != "gbk" || SeedBytes.FitsGbk(seed)) data.Add(seed, variant);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Re_encoded_copy_gives_the_same_articles(string seed, string variant)
    {
        var original = NewsPipeline.Default.ParseFile(Seeds.File(seed));
        var copy = NewsPipeline.Default.ParseBytes(SeedBytes.Variant(seed, variant), $"{seed}.{variant}.txt");

        Assert.Equal(FileStatus.Parsed, copy.Report.Status);
        Assert.Equal(ExpectedEncoding(variant), copy.Report.Encoding);
        Assert.Equal(original.Report.Layout, copy.Report.Layout);
        Assert.Equal(original.Articles.Count, copy.Articles.Count);
        foreach (var (a, b) in original.Articles.Zip(copy.Articles))
        {
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.Subtitle, b.Subtitle);
            Assert.Equal(a.Bylines, b.Bylines);
            Assert.Equal(a.Lines, b.Lines);
            Assert.Equal(a.Body.Text, b.Body.Text);
            Assert.Equal(a.Body.Offsets, b.Body.Offsets);
            Assert.Equal(a.Text, b.Text);
        }
        Assert.Equal(original.Report.Diagnostics.Select(d => (d.Line, d.Code, d.Message)), copy.Report.Diagnostics.Select(d => (d.Line, d.Code, d.Message.Replace(copy.Report.Path, original.Report.Path))));
    }

    [Theory]
    [InlineData("utf-8-bom-crlf", "CrLf")]
    [InlineData("gb18030-crlf", "CrLf")]
    [InlineData("utf-8-cr", "Cr")]
    [InlineData("utf-8-mixed-newlines", "Mixed")]
    [InlineData("utf-16le", "Lf")]
    public void The_report_names_the_line_breaks_the_file_used(string variant, string newlines)
    {
        var result = NewsPipeline.Default.ParseBytes(SeedBytes.Variant("003", variant), "003.txt");

        Assert.Equal(newlines, result.Report.Newlines.ToString());
    }

    private static string ExpectedEncoding(string variant) => variant switch
    {
        "gbk" or "gb18030" or "gb18030-crlf" => "gb18030",
        "utf-8-bom-crlf" => "utf-8-bom",
        "utf-8-cr" or "utf-8-mixed-newlines" => "utf-8",
        _ => variant,
    };
}
