using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Dates;
using NewsCorpus.Tests.Shared;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Dates;

public class AnchoredPatternTests
{
    private static readonly Dictionary<string, AnchoredPattern> ByName = new()
    {
        ["Iso"] = TemporalPatterns.Iso, ["Calendar"] = TemporalPatterns.Calendar, ["DayOfMonth"] = TemporalPatterns.DayOfMonth,
        ["YearRange"] = TemporalPatterns.YearRange, ["TimeOfDay"] = TemporalPatterns.TimeOfDay, ["RelativeDay"] = TemporalPatterns.RelativeDay,
        ["RelativeYear"] = TemporalPatterns.RelativeYear, ["RelativeMonth"] = TemporalPatterns.RelativeMonth, ["RelativeWeek"] = TemporalPatterns.RelativeWeek,
        ["Weekday"] = TemporalPatterns.Weekday, ["Vague"] = TemporalPatterns.Vague, ["Lunar"] = TemporalPatterns.Lunar, ["Holiday"] = TemporalPatterns.Holiday,
    };

    public static TheoryData<string> PatternNames => [.. ByName.Keys];

    private static AnchoredPattern Named(string name) => ByName[name];

    /// <summary>Each pattern's matches when the whole set runs in one pass.</summary>
    private static List<List<(int, string)>> FoundBySet(string text)
    {
        var found = TemporalPatterns.All.Matches(text);
        return [.. ByName.Values.Select(p => found[p].Select(m => (m.Index, m.Value)).ToList())];
    }

    private static List<(int, string)> Found(AnchoredPattern pattern, string text) =>
        [.. pattern.Matches(text).Select(m => (m.Index, m.Value))];

    /// <summary>What the same pattern finds when Regex scans every position itself.</summary>
    private static List<(int, string)> Unanchored(AnchoredPattern pattern, string text) =>
        [.. new Regex(pattern.Pattern.ToString()[@"\G".Length..]).Matches(text).Select(m => (m.Index, m.Value))];

    [Fact]
    public void Finds_the_seed_dates_where_they_are()
    {
        Assert.Equal([(4, "今年1月7日")], Found(TemporalPatterns.Calendar, "他不幸于今年1月7日出现脑死亡状态"));
        Assert.Equal([(0, "2020年02月19日 星期三")], Found(TemporalPatterns.Calendar, "2020年02月19日 星期三"));
        Assert.Equal([(0, "1月21日")], Found(TemporalPatterns.Calendar, "1月21日至29日加急配送口罩110余万个"));
        Assert.Equal([(2, "21日"), (6, "29日")], Found(TemporalPatterns.DayOfMonth, "1月21日至29日加急配送口罩110余万个"));
        Assert.Equal([(0, "2020-02-01 13:30:17")], Found(TemporalPatterns.Iso, "2020-02-01 13:30:17 来源:株洲日报"));
        Assert.Equal([(16, "2019-2020年度")], Found(TemporalPatterns.YearRange, "近日,市中心血站攸县采血点荣获“2019-2020年度全省血站系统表现突出采血班组”称号"));
    }

    [Fact]
    public void Finds_times_with_their_period_word()
    {
        Assert.Equal([(2, "凌晨1点55分")], Found(TemporalPatterns.TimeOfDay, "8日凌晨1点55分,业主通过物业服务群反映"));
        Assert.Equal([(5, "晚8时许")], Found(TemporalPatterns.TimeOfDay, "2月13日晚8时许,警笛声、救护车声在大川电子厂区内响起"));
        Assert.Equal([(6, "凌晨两点")], Found(TemporalPatterns.TimeOfDay, "这天的故事从凌晨两点的惊悸电话开始"));
        // 时 of 时间 is an anchor, but nothing before it can start a time.
        Assert.Empty(Found(TemporalPatterns.TimeOfDay, "保证金到账截止时间为"));
    }

    [Fact]
    public void Lookbehinds_see_the_text_before_a_try()
    {
        Assert.Empty(Found(TemporalPatterns.DayOfMonth, "第8日"));
        // The first try (four characters before the '-') sees the digit before it.
        Assert.Empty(Found(TemporalPatterns.Iso, "12020-02-01"));
        Assert.Equal([(3, "2020-02-01")], Found(TemporalPatterns.Iso, "编号 2020-02-01"));
    }

    [Fact]
    public void Finds_words_and_holidays_by_their_anchors()
    {
        const string text = "记者昨日下午获悉,去年春节前夕,农历腊月二十三,上个星期五当天";
        Assert.Equal([(2, "昨日"), (29, "当天")], Found(TemporalPatterns.RelativeDay, text));
        Assert.Equal([(9, "去年")], Found(TemporalPatterns.RelativeYear, text));
        Assert.Equal([(11, "春节")], Found(TemporalPatterns.Holiday, text));
        Assert.Equal([(16, "农历腊月二十三")], Found(TemporalPatterns.Lunar, text));
        Assert.Equal([(24, "上个星期五")], Found(TemporalPatterns.RelativeWeek, text));
        Assert.Equal([(26, "星期五")], Found(TemporalPatterns.Weekday, text));
    }

    [Fact]
    public void Rejects_a_pattern_that_is_not_anchored() =>
        Assert.Throws<ArgumentException>(() => new AnchoredPattern(new Regex("年"), "年", 0, "年"));

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void Finds_what_a_full_scan_finds_in_every_seed(string name)
    {
        var pattern = Named(name);
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(file)).Text;
            Assert.Equal(Unanchored(pattern, text), Found(pattern, text));
        }
    }

    private static Arbitrary<string> Fragments()
    {
        string[] pieces = ["0", "1", "2", "3", "9", "12", "24", "31", "2020", "9999", ".", "-", "—", "~", " ", "T", ":", "\n", "至", "到", "年", "月", "日", "号",
            "份", "点", "时", "分", "半", "一刻", "许", "钟", "晚", "早", "凌晨", "下午", "中午", "今年", "去年", "十", "二", "两", "三", "〇", "零", "九",
            "星期", "周", "第", "每", "】", "楼", "度", "间", "王", "今", "昨", "明", "前", "后", "当", "次", "天", "晚", "个", "上", "下", "本", "这",
            "礼拜", "近", "农历", "除夕", "大年", "初", "正", "腊", "冬", "廿", "春节", "元宵", "节", "中秋", "小年", "学雷锋纪念日"];
        return Gen.Elements(pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary();
    }

    [Property(MaxTest = 3000)]
    public Property Finds_what_a_full_scan_finds_in_any_text() =>
        Prop.ForAll(Fragments(), text =>
        {
            Assert.Equal([.. ByName.Values.Select(p => Unanchored(p, text))], FoundBySet(text));
        });

    [Fact]
    public void The_set_finds_what_each_pattern_finds_alone_in_every_seed()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(file)).Text;
            Assert.Equal([.. ByName.Values.Select(p => Unanchored(p, text))], FoundBySet(text));
        }
    }
}
