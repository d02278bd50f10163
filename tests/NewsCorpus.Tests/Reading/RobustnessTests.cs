using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Pipeline;
using NewsCorpus.Reading.Lexicon;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

/// <summary>Pages dropped into data/raw may be anything: readers never fail and never lose provenance.</summary>
public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "# 标题", "## 小标题", "### 新闻", "#### ●小节", "株洲日报讯(全媒体记者/成炫兰) 11月11日,会议召开。", "本报讯 会议召开。",
        "株洲日报记者 罗欣", "通讯员/吴政", "(记者 戴凛 通讯员 雷江华)", "▲图片说明。", "记者 李卉 摄", "◀上接01版", "抗疫故事",
        "讲述人:市委党校(行政学院)苏海新", "2020年02月19日 星期三", "责编:邱峰 美编:郭金芳", "项目\t甲\t乙", "一\t二\t三",
        "在全民", "战“疫”的非", "常时期，株洲市多家单", "关键时刻,生死关头,党组织就是主心骨。", "被社区征用,我变身电话专员,为",
        "八、其他需要公告的事项:", "(1) 须按照规定。", "九、联系电话如下:", "2020年2月19日", "2020-02-01 13:30:17 来源:株洲日报 | 编辑:王珈 | 浏览量:7",
        "", "", "", " ", "\u3000",
    ];

    [Property(MaxTest = 300)]
    public void Any_mix_of_page_pieces_is_read_with_every_body_character_mapped_to_raw(int[] picks)
    {
        var text = string.Join("\n", (picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));
        var result = NewsPipeline.Default.ParseBytes(System.Text.Encoding.UTF8.GetBytes(text), "x.txt");
        foreach (var article in result.Articles)
        {
            Assert.True(article.Lines.First <= article.Lines.Last);
            for (var i = 0; i < article.Body.Text.Length; i++)
                if (article.Body.Text[i] != '\n') Assert.Equal(text[article.Body.Offsets[i]], article.Body.Text[i]);
        }
    }

    [Property]
    public Property Chinese_numerals_round_trip() =>
        Prop.ForAll(Gen.Choose(1, 99).ToArbitrary(), n => ChineseNumerals.Parse(ChineseNumerals.Format(n)) == n);

    [Theory]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    public void Chinese_numerals_are_read(string text, int value) => Assert.Equal(value, (int?)ChineseNumerals.Parse(text));

    [Fact]
    public void Every_seed_line_with_text_belongs_to_an_article_or_to_page_metadata_or_is_reported()
    {
        foreach (var path in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var result = NewsPipeline.Default.ParseFile(path);
            var document = new SourceDocument(path, File.ReadAllText(path), "utf-8", "");
            var covered = result.Articles.SelectMany(a => a.Parts.Count > 0 ? a.Parts : [a.Lines])
                .Concat(result.Articles.SelectMany(a => a.Tables.Select(t => t.Lines)))
                .ToList();
            var pageInfo = result.Articles.Where(a => a.PageInfo is not null).Select(a => a.PageInfo!).Distinct().ToList();
            for (var n = 1; n <= document.LineCount; n++)
            {
                var line = document.Line(n).ToString().Trim();
                if (line.Length == 0 || covered.Any(r => r.First <= n && n <= r.Last)) continue;
                Assert.True(pageInfo.Any(p => line.Contains(p.Title!) || line.Contains(p.Staff[0].Value) || line.Contains(p.Weekday!)), $"{Path.GetFileName(path)}:{n} “{line}” is in no article");
            }
        }
    }
}
