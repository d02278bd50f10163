using NewsCorpus.Tests.Shared;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    // Seed phrases
    [InlineData("2 月 26 日，株洲新", "2月26日，株洲新")]
    [InlineData("口罩 10.5 万个、84 消毒液", "口罩10.5万个、84消毒液")]
    [InlineData("捐献热血 5200 毫升", "捐献热血5200毫升")]
    [InlineData("3月 5日，株洲中车", "3月5日，株洲中车")]
    [InlineData("区长:王 强\t分管领导:李 浩", "区长：王强\t分管领导：李浩")]
    [InlineData("奖 罚\t奖100万元", "奖罚\t奖100万元")]
    [InlineData("越是风急浪骤,越需中流砥柱。", "越是风急浪骤，越需中流砥柱。")]
    [InlineData("2020-02-01 13:30:17          来源:株洲日报 | 编辑:王珈", "2020-02-01 13:30:17\t来源：株洲日报 | 编辑：王珈")]
    [InlineData("株洲日报讯(全媒体记者/成炫兰) 11月11日", "株洲日报讯（全媒体记者/成炫兰）11月11日")]
    [InlineData("龙建忠(右)在劝说", "龙建忠（右）在劝说")]
    [InlineData("(1) 须按照", "(1) 须按照")]
    [InlineData("社会各界勠力同心 团体献血共抗疫情", "社会各界勠力同心 团体献血共抗疫情")]
    [InlineData("2020年02月19日 星期三  \n责编", "2020年02月19日 星期三\n责编")]
    [InlineData("容积率:≥1.0且≤2.0", "容积率：≥1.0且≤2.0")]
    // Not from the seeds
    [InlineData("营收８２，２２５．００元", "营收82,225.00元")]
    [InlineData("ＡＢＣ公司　共有１２３名员工", "ABC公司 共有123名员工")]
    [InlineData("他说:「我们会赢。」", "他说：“我们会赢。”")]
    [InlineData("增长了５０％", "增长了50%")]
    [InlineData("分别为3，5和7", "分别为3，5和7")]
    [InlineData("时间为13：30", "时间为13:30")]
    [InlineData("line\r\nnext", "line\nnext")]
    public void Normalises(string raw, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(raw).Text);

    [Fact]
    public void Keeps_bracketed_bylines()
    {
        var text = TextNormalizer.Normalize("株洲日报·掌上株洲讯(记者/陈正明)1月7日,十三届").Text;
        Assert.Contains("（记者/陈正明）", text);
    }

    [Fact]
    public void Maps_every_character_back_to_the_raw_character_it_came_from()
    {
        const string raw = "时间：2 月 26 日，捐献 400毫升";
        var n = TextNormalizer.Normalize(raw);
        Assert.Equal("时间：2月26日，捐献400毫升", n.Text);
        var day = n.Text.IndexOf("26日", StringComparison.Ordinal);
        var (start, end) = n.ToRaw(new Span(day, day + 3));
        Assert.Equal("26 日", raw[start..end]);
        Assert.Equal(raw.Length, n.Offsets[^1]);
    }

    [Fact]
    public void Composes_with_the_offsets_of_a_body_slice()
    {
        var raw = File.ReadAllText(Seeds.File("000"));
        var at = raw.IndexOf("2 月 26 日", StringComparison.Ordinal);
        var body = MappedText.Slice(raw, at, 30);
        var n = TextNormalizer.Normalize(body);
        Assert.StartsWith("2月26日，株洲新芦淞", n.Text);
        Assert.Equal(at, n.Offsets[0]);
        Assert.Equal('日', raw[n.Offsets[4]]);
        Assert.Equal(at + 30, n.Offsets[^1]);
    }

    [Fact]
    public void Every_seed_normalises_idempotently_and_maps_back()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var raw = File.ReadAllText(file);
            var once = TextNormalizer.Normalize(raw);
            Assert.Equal(once.Text, TextNormalizer.Normalize(once.Text).Text);
            for (var i = 0; i < once.Text.Length; i++)
                Assert.True(SameAfterFolding(raw[once.Offsets[i]], once.Text[i]), $"{Path.GetFileName(file)} at {i}");
        }
    }

    /// <summary>A normalised character is its raw character or a folded form of it.</summary>
    internal static bool SameAfterFolding(char raw, char normalised) =>
        raw == normalised || TextNormalizer.Normalize(raw.ToString()).Text is var alone && (alone.Length == 0 || alone[0] == normalised)
        || CharClass.IsSpace(raw) || char.IsPunctuation(raw) || char.IsSymbol(raw) || raw > '\uFF00';
}
