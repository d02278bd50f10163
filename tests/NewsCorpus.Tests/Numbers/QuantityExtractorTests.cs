using NewsCorpus.Extraction.Numbers;

namespace NewsCorpus.Tests.Numbers;

public class QuantityExtractorTests
{
    private static Quantity Single(string sentence, string mention)
    {
        var found = QuantityExtractor.Default.Extract(sentence);
        return Assert.Single(found, q => q.Text == mention);
    }

    [Theory]
    // Seed phrases (000–004)
    [InlineData("15名爱心员工捐献热血5200毫升", "5200毫升", "5200", "mL", null, "measure")]
    [InlineData("各部门及基层工会的近100余名党员干部", "近100余名", "100", "名", "about", "count")]
    [InlineData("一次性医用口罩10.5万个、84消毒液", "10.5万个", "105000", "个", null, "count")]
    [InlineData("医用酒精10余吨,确保", "10余吨", "10", "t", "over", "measure")]
    [InlineData("1.1万余个基层党组织", "1.1万余个", "11000", "个", "over", "count")]
    [InlineData("24万余名党员奋勇争先", "24万余名", "240000", "名", "over", "count")]
    [InlineData("每天工作17小时左右", "17小时左右", "17", "h", "about", "duration")]
    [InlineData("市中心医院近300名医护人员", "近300名", "300", "名", "under", "count")]
    [InlineData("筹集专项善款12余万元", "12余万元", "120000", "CNY", "over", "money")]
    [InlineData("加急配送口罩110余万个", "110余万个", "1100000", "个", "over", "count")]
    [InlineData("消毒用品90余万盒(瓶)", "90余万盒", "900000", "盒", "over", "count")]
    [InlineData("累计发电4285万千瓦时", "4285万千瓦时", "42850000", "kWh", null, "measure")]
    [InlineData("道路全长2.85公里", "2.85公里", "2.85", "km", null, "measure")]
    [InlineData("已完成合龙段约50%的施工进度", "约50%", "50", "%", "about", "percent")]
    [InlineData("总价值近18万元", "近18万元", "180000", "CNY", "under", "money")]
    [InlineData("仅3个多小时就调配", "3个多小时", "3", "h", "over", "duration")]
    [InlineData("今年28岁的马双", "28岁", "28", "a", null, "age")]
    [InlineData("共计300多斤,整理打包", "300多斤", "150", "kg", "over", "measure")]
    [InlineData("日均往返20000余步", "20000余步", "20000", "步", "over", "count")]
    [InlineData("一位80多岁的奶奶解决了十多天没法吃到降糖药的问题", "十多天", "10", "d", "over", "duration")]
    [InlineData("每天估计2万步以上", "2万步以上", "20000", "步", "over", "count")]
    [InlineData("室外气温在30摄氏度以上", "30摄氏度以上", "30", "°C", "over", "measure")]
    [InlineData("只有不到五分之一的人符合返岗要求", "不到五分之一", "0.2", null, "under", "fraction")]
    [InlineData("目前在岗员工46454人,占复工企业总人数的53%", "46454人", "46454", "人", null, "count")]
    [InlineData("出让土地面积105487.7平方米", "105487.7平方米", "105487.7", "m2", null, "measure")]
    [InlineData("累计献血量3576170毫升", "3576170毫升", "3576170", "mL", null, "measure")]
    [InlineData("去年,我市采集血液总量1702吨,同比上涨42%", "1702吨", "1702", "t", null, "measure")]
    [InlineData("经过近一个月的精心治疗", "近一个月", "1", "mo", "under", "duration")]
    [InlineData("价值超40余万元", "超40余万元", "400000", "CNY", "over", "money")]
    [InlineData("目前入住率超过90%", "超过90%", "90", "%", "over", "percent")]
    [InlineData("来自个人、会员企业的74.5万元资金", "74.5万元", "745000", "CNY", null, "money")]
    [InlineData("近千人在岗", "近千人", "1000", "人", "under", "count")]
    [InlineData("原来,去年年底,该公司中标了一个千万元的电线杆订购大单", "千万元", "10000000", "CNY", null, "money")]
    [InlineData("他们每年都要与两百多家单位逐一联络沟通", "两百多家", "200", "家", "over", "count")]
    [InlineData("有着24年党龄的龙建忠", "24年", "24", "a", null, "duration")]
    [InlineData("市房协成立30周年,三十年来", "三十年", "30", "a", null, "duration")]
    // Not from the seeds: other newspapers, cn2an / Duckling style
    [InlineData("营业收入达82,225.00元", "82,225.00元", "82225", "CNY", null, "money")]
    [InlineData("项目总投资16.4亿元", "16.4亿元", "1640000000", "CNY", null, "money")]
    [InlineData("合同金额为人民币壹佰贰拾万元整", "壹佰贰拾万元", "1200000", "CNY", null, "money")]
    [InlineData("捐款5000美元", "5000美元", "5000", "USD", null, "money")]
    [InlineData("售价约3.5万港元", "约3.5万港元", "35000", "HKD", "about", "money")]
    [InlineData("出口额增长了百分之五十", "百分之五十", "50", "%", null, "percent")]
    [InlineData("利率下调百分之一点五七", "百分之一点五七", "1.57", "%", null, "percent")]
    [InlineData("蔬菜价格上涨了一成多,约二十几元一斤", "约二十几元", "20", "CNY", "about", "money")]
    [InlineData("运送大米2.5吨和食用油500升", "500升", "500000", "mL", null, "measure")]
    [InlineData("占地面积约30公顷", "约30公顷", "300000", "m2", "about", "measure")]
    [InlineData("一场持续三个小时的演出", "三个小时", "3", "h", null, "duration")]
    [InlineData("逾千名志愿者参加", "逾千名", "1000", "名", "over", "count")]
    [InlineData("历时两周完成", "两周", "2", "wk", null, "duration")]
    [InlineData("时速达到350千米", "350千米", "350", "km", null, "measure")]
    [InlineData("共有三百二十五户居民", "三百二十五户", "325", "户", null, "count")]
    [InlineData("一名65周岁的老人", "65周岁", "65", "a", null, "age")]
    [InlineData("日供水量达5万立方米", "5万立方米", "50000", "m3", null, "measure")]
    [InlineData("发放消费券2000余万元", "2000余万元", "20000000", "CNY", "over", "money")]
    [InlineData("产量增长了1.5倍", "1.5倍", "1.5", "倍", null, "number")]
    [InlineData("捐款约合3000万美元", "约合3000万美元", "30000000", "USD", "about", "money")]
    public void Reads(string sentence, string mention, string value, string? unit, string? approx, string kind)
    {
        var q = Single(sentence, mention);
        Assert.Equal(decimal.Parse(value), q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(approx, q.Approx);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(mention, sentence[q.Span.Start..q.Span.End]);
    }

    [Theory]
    [InlineData("每组3至5名志愿者", "3至5名", "3", "5", "名")]
    [InlineData("奖励10-20万元", "10-20万元", "100000", "200000", "CNY")]
    [InlineData("只来了两三个人", "两三个", "2", "3", "个")]
    [InlineData("每天需要七八天才能到", "七八天", "7", "8", "d")]
    [InlineData("需要3万至5万元", "3万至5万元", "30000", "50000", "CNY")]
    public void Reads_ranges(string sentence, string mention, string min, string max, string unit)
    {
        var q = Single(sentence, mention);
        Assert.Null(q.Value);
        Assert.Equal(decimal.Parse(min), q.Min);
        Assert.Equal(decimal.Parse(max), q.Max);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("两岸关系和平发展,大陆与半岛局势一致向好")]
    [InlineData("印发了《紧急通知》(株组〔2020〕6号)")]
    [InlineData("[2020]网挂第016号地块")]
    [InlineData("根据株公资发[2020]5号文件")]
    [InlineData("咨询电话:0731-28681395(业务四科)")]
    [InlineData("城市管理考核监督电话:28681872")]
    [InlineData("这是我市第16个献血点")]
    [InlineData("省第十二次党代会")]
    [InlineData("万众一心,力能断金,将千斤重担留给家人")]
    [InlineData("“90后”护士脸上满是勒痕")]
    [InlineData("捐赠了1.1万个N95口罩")]
    [InlineData("为庆祝市房协成立30周年")]
    [InlineData("一车不漏、一人不少")]
    [InlineData("每天用84消毒液进行多次喷洒处理")]
    [InlineData("天元区景园社区颐景园小区4栋发生业主气愤的事情:位于该楼17层")]
    [InlineData("受暴雨影响,和平村二栋靠近马路边")]
    [InlineData("竞买保证金(万元)\t挂牌起始价(万元)")]
    [InlineData("7×24小时待命")]
    [InlineData("就来到社区报到,收拾几件随身衣物")]
    [InlineData("助力打造三三一片区居民就近献血")]
    [InlineData("打通了服务群众“最后一公里”")]
    public void Finds_no_false_positives(string sentence)
    {
        var found = QuantityExtractor.Default.Extract(sentence);
        Assert.DoesNotContain(found, q => q.Text is "大陆" or "半岛" or "两岸" || q.Unit is null && q.Kind != QuantityKinds.Fraction
            || q.Text.Contains("95") || q.Text.Contains("16") || q.Text.Contains("十二") || q.Text.Contains("千斤") || q.Text.Contains("30") || q.Text is "一人" or "84" or "4栋" or "17层" or "二栋" or "万元" or "7" or "拾几件" or "三三一片" or "一公里");
    }

    [Fact]
    public void Keeps_bare_numbers_with_a_null_unit()
    {
        var q = Single("容积率不低于1.5", "不低于1.5");
        Assert.Equal(1.5m, q.Value);
        Assert.Equal(Approximations.Over, q.Approx);
        Assert.Null(q.Unit);
        Assert.Equal(QuantityKinds.Number, q.Kind);
    }

    [Fact]
    public void A_zero_denominator_is_not_read_as_a_fraction()
    {
        Assert.DoesNotContain(QuantityExtractor.Default.Extract("零分之五"), q => q.Kind == QuantityKinds.Fraction);
    }
}
