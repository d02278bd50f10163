using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class PersonExtractorTests
{
    private static readonly EntityExtractor Extractor = new();

    private static IReadOnlyList<PersonMention> People(string text) => Extractor.Extract(text).People;

    [Fact]
    public void An_official_is_split_into_name_and_title()
    {
        const string text = "11月11日,市委常委、常务副市长王卫安率队,深入企业调研。王卫安指出,供水供电是重要保障。";
        var people = People(text);
        Assert.Equal(
            [("王卫安", "市委常委、常务副市长", 17, 20), ("王卫安", "市委常委、常务副市长", 30, 33)],
            people.Select(p => (p.Name, p.Title, p.Span.Start, p.Span.End)));
    }

    [Fact]
    public void Byline_names_get_their_role()
    {
        var people = People("株洲日报讯(全媒体记者/刘琼 通讯员/朱卫健) 静默期间,如何就医?\n株洲日报记者 李支国 尹二荣");
        Assert.Equal(
            [("刘琼", "全媒体记者"), ("朱卫健", "通讯员"), ("李支国", "株洲日报记者"), ("尹二荣", "株洲日报记者")],
            people.Select(p => (p.Name, p.Title)));
    }

    [Fact]
    public void People_quoted_are_found_before_the_speech_verb()
    {
        var people = People("“不辛苦。”首次参加献血的张明说。“很有意义。”欧阳晓峰介绍。");
        Assert.Equal(["张明", "欧阳晓峰"], people.Select(p => p.Name));
    }

    [Fact]
    public void A_two_character_name_is_not_stretched_over_the_word_after_it()
    {
        var people = People("党委副书记、副总经理周勇带头捐献400毫升。党总支书记言磊孤身一人走访。");
        Assert.Equal([("周勇", "党委副书记、副总经理"), ("言磊", "党总支书记")], people.Select(p => (p.Name, p.Title)));
    }

    [Fact]
    public void Names_in_table_cells_keep_the_title_printed_before_them()
    {
        const string table = "项目\t株洲经开区\t荷塘区\n第一责任人\t主任:曾毅鹏\t区长:何 祗\n第一名\t学林街道办事处\t桂花街道办事处\n第一责任人\t陈志勇\t张 健";
        var people = People(table);
        Assert.Equal(
            [("曾毅鹏", "主任"), ("何祗", "区长"), ("陈志勇", "第一责任人"), ("张健", "第一责任人")],
            people.Select(p => (p.Name, p.Title)));
        Assert.Equal("何 祗", table[people[1].Span.Start..people[1].Span.End]);
    }

    [Fact]
    public void Words_that_look_like_names_are_not_people()
    {
        Assert.Empty(People("接受记者采访时,她对记者连声说:“不辛苦。”213名员工全部返岗,居民和黄码人员都在家。"));
    }

    [Fact]
    public void Names_joined_by_a_comma_are_each_a_person()
    {
        var people = People("执勤民警周奎,辅警沈昭、罗娟发现车流异常。残疾人谭仁、罗敏二人行动不便。");
        Assert.Equal(
            [("周奎", "执勤民警"), ("沈昭", "辅警"), ("罗娟", "辅警"), ("谭仁", null), ("罗敏", null)],
            people.Select(p => (p.Name, p.Title)));
    }

    [Fact]
    public void A_full_name_right_after_a_unit_takes_the_unit_as_title()
    {
        var people = People("市住建局杨建中负责联络二十三冶二公司。");
        Assert.Equal([("杨建中", "市住建局")], people.Select(p => (p.Name, p.Title)));
    }

    [Fact]
    public void A_table_taken_out_of_the_text_is_read_cell_by_cell()
    {
        var table = new PageTable("2021年12月份城区城市管理考核评价结果",
            ["项目", "株洲经开区", "荷塘区"],
            [["第一责任人", "主任:曾毅鹏", "区长:罗鹏程"], ["第一名", "学林街道办事处", "桂花街道办事处"]],
            new LineRange(57, 62));
        var found = Extractor.Extract(table);
        var text = EntityExtractor.TableText(table);
        Assert.Equal([("曾毅鹏", "主任"), ("罗鹏程", "区长")], found.People.Select(p => (p.Name, p.Title)));
        Assert.Equal(["株洲经济技术开发区", "荷塘区", "学林街道", "桂花街道"], found.Places.Select(p => p.Name));
        Assert.Equal(["学林街道办事处", "桂花街道办事处"], found.Organizations.Select(o => o.Name));
        Assert.All(found.People, p => Assert.Equal(p.Name, text[p.Span.Start..p.Span.End]));
    }
}
