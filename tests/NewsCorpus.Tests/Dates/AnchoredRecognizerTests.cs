using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Dates;
using NewsCorpus.Tests.Shared;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Dates;

public class AnchoredRecognizerTests
{
    public static TheoryData<string> ShapeNames => [.. ReferencePatterns.All.Select(p => p.Name)];

    private static (string Name, AnchoredRecognizer Recognizer, System.Text.RegularExpressions.Regex Pattern) Named(string name) =>
        ReferencePatterns.All.Single(p => p.Name == name);

    private static List<(int, string)> Found(AnchoredRecognizer recognizer, string text) =>
        [.. recognizer.Matches(text).Select(m => (m.Start, text[m.Start..m.Match.End]))];

    /// <summary>Each shape's matches, groups included, when the whole set runs in one pass.</summary>
    private static List<List<string>> FoundBySet(string text)
    {
        var matches = new List<(int Recognizer, int Start, Captures Match)>();
        TemporalShapes.All.Scan(text, matches);
        var recognizers = TemporalShapes.All.Recognizers;
        return [.. ReferencePatterns.All.Select(p => matches.Where(m => recognizers[m.Recognizer] == p.Recognizer)
            .Select(m => ReferencePatterns.Describe(p.Recognizer, text, m.Start, m.Match)).ToList())];
    }

    private static List<List<string>> FoundByRegexes(string text) =>
        [.. ReferencePatterns.All.Select(p => ReferencePatterns.ByRegex(p.Recognizer, p.Pattern, text))];

    [Fact]
    public void Finds_the_seed_dates_where_they_are()
    {
        Assert.Equal([(4, "今年1月7日")], Found(TemporalShapes.Calendar, "他不幸于今年1月7日出现脑死亡状态"));
        Assert.Equal([(0, "2020年02月19日 星期三")], Found(TemporalShapes.Calendar, "2020年02月19日 星期三"));
        Assert.Equal([(0, "1月21日")], Found(TemporalShapes.Calendar, "1月21日至29日加急配送口罩110余万个"));
        Assert.Equal([(2, "21日"), (6, "29日")], Found(TemporalShapes.DayOfMonth, "1月21日至29日加急配送口罩110余万个"));
        Assert.Equal([(0, "2020-02-01 13:30:17")], Found(TemporalShapes.Iso, "2020-02-01 13:30:17 来源:株洲日报"));
        Assert.Equal([(16, "2019-2020年度")], Found(TemporalShapes.YearRange, "近日,市中心血站攸县采血点荣获“2019-2020年度全省血站系统表现突出采血班组”称号"));
    }

    [Fact]
    public void Fills_the_groups_the_dates_are_read_from()
    {
        const string text = "去年12月30日 周三";
        var (start, match) = Assert.Single(TemporalShapes.Calendar.Matches(text));
        Assert.Equal("0:去年12月30日 周三 rel@0+2 m@2+2 d@5+2", ReferencePatterns.Describe(TemporalShapes.Calendar, text, start, match));
        const string time = "晚上10点半左右";
        (start, match) = Assert.Single(TemporalShapes.TimeOfDay.Matches(time));
        Assert.Equal("0:晚上10点半左右 p@0+2 h@2+2 u@4+1 half@5+1 ax@6+2", ReferencePatterns.Describe(TemporalShapes.TimeOfDay, time, start, match));
    }

    [Fact]
    public void Finds_times_with_their_period_word()
    {
        Assert.Equal([(2, "凌晨1点55分")], Found(TemporalShapes.TimeOfDay, "8日凌晨1点55分,业主通过物业服务群反映"));
        Assert.Equal([(5, "晚8时许")], Found(TemporalShapes.TimeOfDay, "2月13日晚8时许,警笛声、救护车声在大川电子厂区内响起"));
        Assert.Equal([(6, "凌晨两点")], Found(TemporalShapes.TimeOfDay, "这天的故事从凌晨两点的惊悸电话开始"));
        // 时 of 时间 is an anchor, but nothing before it can start a time.
        Assert.Empty(Found(TemporalShapes.TimeOfDay, "保证金到账截止时间为"));
    }

    [Fact]
    public void Lookbehinds_see_the_text_before_a_try()
    {
        Assert.Empty(Found(TemporalShapes.DayOfMonth, "第8日"));
        // The first try (four characters before the '-') sees the digit before it.
        Assert.Empty(Found(TemporalShapes.Iso, "12020-02-01"));
        Assert.Equal([(3, "2020-02-01")], Found(TemporalShapes.Iso, "编号 2020-02-01"));
    }

    [Fact]
    public void Finds_words_and_holidays_by_their_anchors()
    {
        const string text = "记者昨日下午获悉,去年春节前夕,农历腊月二十三,上个星期五当天";
        Assert.Equal([(2, "昨日"), (29, "当天")], Found(TemporalShapes.RelativeDay, text));
        Assert.Equal([(9, "去年")], Found(TemporalShapes.RelativeYear, text));
        Assert.Equal([(11, "春节")], Found(TemporalShapes.Holiday, text));
        Assert.Equal([(16, "农历腊月二十三")], Found(TemporalShapes.Lunar, text));
        Assert.Equal([(24, "上个星期五")], Found(TemporalShapes.RelativeWeek, text));
        Assert.Equal([(26, "星期五")], Found(TemporalShapes.Weekday, text));
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Finds_what_its_regex_finds_in_every_seed(string name)
    {
        var (_, recognizer, pattern) = Named(name);
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(file)).Text;
            var found = recognizer.Matches(text).Select(m => ReferencePatterns.Describe(recognizer, text, m.Start, m.Match)).ToList();
            Assert.Equal(ReferencePatterns.ByRegex(recognizer, pattern, text), found);
        }
    }

    private static Arbitrary<string> Fragments()
    {
        string[] pieces = ["0", "1", "2", "3", "5", "9", "12", "24", "31", "60", "2020", "9999", ".", "-", "—", "~", " ", "\u3000", "T", ":", "\n", "至", "到",
            "年", "月", "日", "号", "份", "点", "时", "分", "半", "一刻", "三刻", "许", "左右", "多", "钟", "晚", "早", "凌晨", "上午", "下午", "中午", "晚上", "今年",
            "去年", "十", "一", "二", "两", "三", "〇", "零", "九", "星期", "周", "第", "每", "】", "楼", "线", "度", "间", "代", "王", "今", "昨", "明", "前",
            "后", "当", "次", "天", "个", "上", "下", "本", "这", "礼拜", "近", "农历", "除夕", "大年", "初", "正", "腊", "冬", "廿", "春节", "元宵", "节",
            "中秋", "小年", "学雷锋纪念日", "元旦"];
        return Gen.Elements(pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary();
    }

    [Property(MaxTest = 5000)]
    public Property Finds_what_the_regexes_find_in_any_text() =>
        Prop.ForAll(Fragments(), text => Assert.Equal(FoundByRegexes(text), FoundBySet(text)));

    [Fact]
    public void The_set_finds_what_each_regex_finds_in_every_seed()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(file)).Text;
            Assert.Equal(FoundByRegexes(text), FoundBySet(text));
        }
    }
}
