using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Tests.Reading;

public class BylineParserTests
{
    public static TheoryData<string, string> Bylines => new()
    {
        { "株洲日报·掌上株洲记者刘琼 通讯员曾倩", "刘琼/记者 曾倩/通讯员" },
        { "株洲日报记者 罗欣通讯员/祝军 吴钰", "罗欣/记者 祝军/通讯员 吴钰/通讯员" },
        { "(记者 戴凛 通讯员 雷江华)", "戴凛/记者 雷江华/通讯员" },
        { "（首席记者 李卉）", "李卉/首席记者" },
        { "(通讯员/刘婷婷 陈聘)", "刘婷婷/通讯员 陈聘/通讯员" },
        { "全媒体记者/刘琼 通讯员/朱卫健", "刘琼/全媒体记者 朱卫健/通讯员" },
        { "记者/周圆 实习生/李灵慧 通讯员/易思思", "周圆/记者 李灵慧/实习生 易思思/通讯员" },
        { "株洲日报全媒体记者/易楚瞳 摄", "易楚瞳/摄" },
        { "株洲日报全媒体记者/邹家虎 整理", "邹家虎/整理" },
        { "株洲日报·掌上株洲记者/沈全华 通讯员/胡胜兰 摄", "沈全华/摄 胡胜兰/摄" },
        { "讲述人:市委党校(行政学院)苏海新", "苏海新/讲述人" },
        { "讲述人:市沅芦淞区交通卡口防疫工作队队员、株洲日报社员工 刘昱辰", "刘昱辰/讲述人" },
        { "株洲日报记者 李支国 尹二荣 沈全华 邹怡敏", "李支国/记者 尹二荣/记者 沈全华/记者 邹怡敏/记者" },
        { "通讯员供图", "" },
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    public void Names_get_the_role_printed_before_them_or_the_credit_after_them(string text, string expected)
    {
        var parsed = BylineParser.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal(expected, string.Join(" ", parsed.Select(b => $"{b.Name}/{b.Role}")));
    }

    [Theory]
    [InlineData("炎基办供图")]
    [InlineData("新芦淞集团热血铸先锋")]
    [InlineData("市委组织部相关负责人介绍,记者从市委组织部获悉")]
    [InlineData("记者从市委组织部获悉")]
    public void Text_that_is_not_a_byline_is_refused(string text) => Assert.Null(BylineParser.Parse(text));

    [Theory]
    [InlineData("对记者连声说:“不辛苦,加油!”(记者 杨凌凌 通讯员 陈志梧)", "杨凌凌/记者 陈志梧/通讯员", "(记者 杨凌凌 通讯员 陈志梧)")]
    [InlineData("总结了一个经验:每临大事要静气。株洲日报全媒体记者/杨凌凌 整理", "杨凌凌/整理", "株洲日报全媒体记者/杨凌凌 整理")]
    public void A_byline_at_the_end_of_a_paragraph_is_found_and_cut_off(string paragraph, string expected, string cut)
    {
        Assert.True(BylineParser.TryFindTrailing(paragraph, out var start, out var bylines));
        Assert.Equal(expected, string.Join(" ", bylines.Select(b => $"{b.Name}/{b.Role}")));
        Assert.Equal(cut, paragraph[start..]);
    }

    [Fact]
    public void A_paragraph_ending_in_an_ordinary_sentence_has_no_trailing_byline() =>
        Assert.False(BylineParser.TryFindTrailing("记者走访发现,物业人员在电梯口张贴了电梯受损的提示。", out _, out _));

    [Theory]
    [InlineData("株洲日报讯(全媒体记者/成炫兰) 11月11日,市委", "株洲日报讯", "成炫兰/全媒体记者", "11月11日,市委")]
    [InlineData("株洲日报·掌上株洲讯(记者/陈正明)1月7日,十三届", "株洲日报·掌上株洲讯", "陈正明/记者", "1月7日,十三届")]
    [InlineData("本报讯 根据《城区城市管理考核评比办法》", "本报讯", "", "根据《城区城市管理考核评比办法》")]
    [InlineData("株洲日报讯 3月 5日一", "株洲日报讯", "", "3月 5日一")]
    public void A_dateline_yields_its_bracketed_byline_and_the_start_of_the_body(string paragraph, string dateline, string bylines, string body)
    {
        var m = DatelineParser.Match(paragraph);
        Assert.NotNull(m);
        Assert.Equal(dateline, m.Dateline);
        Assert.Equal(bylines, string.Join(" ", m.Bylines.Select(b => $"{b.Name}/{b.Role}")));
        Assert.Equal(body, paragraph[m.BodyStart..]);
    }

    [Fact]
    public void A_paragraph_without_dateline_has_none() => Assert.Null(DatelineParser.Match("记者昨日了解到,为及时掌握"));
}
