using NewsCorpus.Extraction.Dates;

namespace NewsCorpus.Tests.Dates;

public class DateExtractorTests
{
    private static DateMention Single(string sentence, string reference, string mention)
    {
        var found = DateExtractor.Extract(sentence, DateOnly.Parse(reference));
        return Assert.Single(found, d => d.Text == mention);
    }

    [Theory]
    // Seed phrases
    [InlineData("2020年02月19日 星期三", "2020-02-19", "2020年02月19日 星期三", "2020-02-19", "2020-02-19", "day")]
    [InlineData("2020-02-01 13:30:17 来源:株洲日报", "2020-02-01", "2020-02-01 13:30:17", "2020-02-01T13:30:17", "2020-02-01T13:30:17", "second")]
    [InlineData("2月26日,株洲新芦淞产业发展集团有限公司开展团体献血活动", "2020-03-09", "2月26日", "2020-02-26", "2020-02-26", "day")]
    [InlineData("1月21日至29日加急配送口罩110余万个", "2020-02-01", "1月21日至29日", "2020-01-21", "2020-01-29", "day")]
    [InlineData("作为我市电力重点供应企业,11月1日至10日,累计发电", "2022-11-12", "11月1日至10日", "2022-11-01", "2022-11-10", "day")]
    [InlineData("申请人可于2020年2月26日至2020年3月17日,在网上浏览", "2020-02-19", "2020年2月26日至2020年3月17日", "2020-02-26", "2020-03-17", "day")]
    [InlineData("数据显示,截至2月17日,市本级联系的57家重点企业", "2020-02-19", "截至2月17日", null, "2020-02-17", "day")]
    [InlineData("2021年12月份城市管理考核评价结果揭晓", "2022-01-09", "2021年12月份", "2021-12-01", "2021-12-31", "month")]
    [InlineData("2021年,致公党芦淞区工委突出工作特色", "2022-01-09", "2021年", "2021-01-01", "2021-12-31", "year")]
    [InlineData("他不幸于今年1月7日出现脑死亡状态", "2022-01-09", "今年1月7日", "2022-01-07", "2022-01-07", "day")]
    [InlineData("去年,我市采集血液总量1702吨", "2022-01-09", "去年", "2021-01-01", "2021-12-31", "year")]
    [InlineData("去年12月,这个长期困扰附近居民的问题得到解决", "2022-01-09", "去年12月", "2021-12-01", "2021-12-31", "month")]
    [InlineData("8日凌晨1点55分,业主通过物业服务群反映", "2022-01-09", "8日凌晨1点55分", "2022-01-08T01:55:00", "2022-01-08T01:55:59", "minute")]
    [InlineData("2月13日晚8时许,警笛声、救护车声在大川电子厂区内响起", "2020-03-09", "2月13日晚8时许", "2020-02-13T20:00:00", "2020-02-13T20:59:59", "hour")]
    [InlineData("2月14日上午9时许,市编办驻新奥燃气联络员", "2020-02-19", "2月14日上午9时许", "2020-02-14T09:00:00", "2020-02-14T09:59:59", "hour")]
    [InlineData("保证金到账截止时间为2020年3月17日17时。", "2020-02-19", "2020年3月17日17时", "2020-03-17T17:00:00", "2020-03-17T17:59:59", "hour")]
    [InlineData("1月28日,农历大年初四。", "2020-03-09", "农历大年初四", "2020-01-28", "2020-01-28", "day")]
    [InlineData("从大年三十至今,龙建忠没和家人吃过一顿饭", "2020-02-01", "大年三十至今", "2020-01-24", "2020-02-01", "day")]
    [InlineData("除夕当晚,石峰区井龙街道新民社区党总支书记言磊", "2020-02-01", "除夕", "2020-01-24", "2020-01-24", "day")]
    [InlineData("大年初一,她退了回家的机票", "2020-02-01", "大年初一", "2020-01-25", "2020-01-25", "day")]
    [InlineData("大年初二,她来到株洲市定点集中隔离救治医院", "2020-02-19", "大年初二", "2020-01-26", "2020-01-26", "day")]
    [InlineData("记者昨日下午在工作群看到", "2020-02-19", "昨日", "2020-02-18", "2020-02-18", "day")]
    [InlineData("近日,民兵训练基地传来响亮的口号声", "2022-01-09", "近日", "2022-01-02", "2022-01-09", "day")]
    [InlineData("近日,市中心血站攸县采血点荣获“2019-2020年度全省血站系统表现突出采血班组”称号", "2022-01-09", "2019-2020年度", "2019-01-01", "2020-12-31", "year")]
    [InlineData("2月12日上午9点半,单位动员会议刚结束", "2020-02-19", "2月12日上午9点半", "2020-02-12T09:30:00", "2020-02-12T09:30:59", "minute")]
    [InlineData("1月6日下午6时,晚高峰时段", "2022-01-09", "1月6日下午6时", "2022-01-06T18:00:00", "2022-01-06T18:59:59", "hour")]
    [InlineData("从11月6日至11日,公司已为50余户工商业用户办理充气业务", "2022-11-12", "11月6日至11日", "2022-11-06", "2022-11-11", "day")]
    [InlineData("成立于2021年3月份的株洲市衡阳商会", "2022-01-09", "2021年3月份", "2021-03-01", "2021-03-31", "month")]
    [InlineData("这天的故事从凌晨两点的惊悸电话开始", "2022-11-12", "凌晨两点", "2022-11-12T02:00:00", "2022-11-12T02:59:59", "hour")]
    // Not from the seeds: Duckling ZH corpus style, other papers
    [InlineData("12月30日,市民在广场跨年", "2021-01-04", "12月30日", "2020-12-30", "2020-12-30", "day")]
    [InlineData("下周三召开会议", "2020-02-19", "下周三", "2020-02-26", "2020-02-26", "day")]
    [InlineData("上周全市新增病例为零", "2020-02-19", "上周", "2020-02-10", "2020-02-16", "week")]
    [InlineData("本周以来天气转暖", "2020-02-16", "本周", "2020-02-10", "2020-02-16", "week")]
    [InlineData("前年全市GDP", "2022-01-09", "前年", "2020-01-01", "2020-12-31", "year")]
    [InlineData("明天上午召开发布会", "2020-02-19", "明天", "2020-02-20", "2020-02-20", "day")]
    [InlineData("正月十五闹元宵", "2021-02-01", "正月十五", "2021-02-26", "2021-02-26", "day")]
    [InlineData("今年的元宵节格外冷清", "2020-02-10", "元宵节", "2020-02-08", "2020-02-08", "day")]
    [InlineData("春节前夕,社区走访困难群众", "2023-01-10", "春节", "2023-01-22", "2023-01-22", "day")]
    [InlineData("腊月二十三是小年", "2022-01-10", "腊月二十三", "2022-01-25", "2022-01-25", "day")]
    [InlineData("农历八月十五中秋节", "2021-09-10", "农历八月十五", "2021-09-21", "2021-09-21", "day")]
    [InlineData("活动将在下午一点半开始", "2022-11-08", "下午一点半", "2022-11-08T13:30:00", "2022-11-08T13:30:59", "minute")]
    [InlineData("比赛于晚上10点钟结束", "2020-05-01", "晚上10点钟", "2020-05-01T22:00:00", "2020-05-01T22:59:59", "hour")]
    [InlineData("二〇二〇年三月八日", "2020-03-09", "二〇二〇年三月八日", "2020-03-08", "2020-03-08", "day")]
    [InlineData("十一月十一日是购物节", "2020-11-12", "十一月十一日", "2020-11-11", "2020-11-11", "day")]
    [InlineData("8月15日至9月3日举办", "2019-08-01", "8月15日至9月3日", "2019-08-15", "2019-09-03", "day")]
    [InlineData("比赛在星期六举行", "2020-02-19", "星期六", "2020-02-22", "2020-02-22", "day")]
    [InlineData("本月已接种疫苗", "2021-06-15", "本月", "2021-06-01", "2021-06-30", "month")]
    [InlineData("上个月的营业额", "2021-01-15", "上个月", "2020-12-01", "2020-12-31", "month")]
    public void Resolves(string sentence, string reference, string mention, string? start, string end, string grain)
    {
        var d = Single(sentence, reference, mention);
        Assert.Equal(start, d.Start);
        Assert.Equal(end, d.End);
        Assert.Equal(grain, d.Grain);
        Assert.Equal(mention, sentence[d.Span.Start..d.Span.End]);
    }

    [Fact]
    public void Day_of_month_and_anchored_words_follow_the_dates_around_them()
    {
        var found = DateExtractor.Extract("1月7日,会议召开。当天下午,次日又开会。", new DateOnly(2022, 1, 9));
        Assert.Equal(["2022-01-07", "2022-01-07", "2022-01-08"], found.Select(d => d.Start));
    }

    [Fact]
    public void Without_a_reference_relative_dates_stay_unresolved_and_absolute_ones_resolve()
    {
        var found = DateExtractor.Extract("去年12月,2021年3月30日", null);
        Assert.Equal(2, found.Count);
        Assert.Null(found[0].Start);
        Assert.Equal("month", found[0].Grain);
        Assert.Equal("2021-03-30", found[1].Start);
    }

    [Fact]
    public void Vague_mentions_are_marked()
    {
        var d = Single("近日,不少市民倚窗远眺", "2022-11-12", "近日");
        Assert.True(d.Vague);
    }

    [Theory]
    [InlineData("印发了《紧急通知》(株组〔2020〕6号)")]
    [InlineData("根据株公资发[2020]5号文件")]
    [InlineData("一时间人心惶惶,一时想不开")]
    [InlineData("每个人都捐献一点点")]
    [InlineData("百分之一点五七")]
    [InlineData("战役第十天,驻守在新华桥的三位贸促人")]
    [InlineData("与时代同行,每周一例会")]
    [InlineData("每天工作17小时左右")]
    public void Finds_no_false_positives(string sentence) =>
        Assert.Empty(DateExtractor.Extract(sentence, new DateOnly(2020, 2, 19)));
}
