using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

/// <summary>Paragraphs written for the test in the papers' style, with names none of the seeds or lexicons hold.</summary>
public class UnseenTextTests
{
    private static readonly EntityExtractor Extractor = new();

    [Fact]
    public void An_inspection_report()
    {
        var found = Extractor.Extract("株洲日报讯(记者/王晓东 通讯员/李芳)3月12日,副市长张建国带队前往荷塘区仙庾镇调研春耕生产。张建国强调,要确保粮食安全。荷塘区农业农村局局长刘洋陪同。");
        Assert.Equal([("株洲市", "湖南省"), ("荷塘区", "株洲市"), ("仙庾镇", "荷塘区"), ("荷塘区", "株洲市")], found.Places.Select(p => (p.Name, p.Parent)));
        Assert.Equal(["株洲日报社", "荷塘区农业农村局"], found.Organizations.Select(o => o.Name));
        Assert.Equal(
            [("王晓东", "记者"), ("李芳", "通讯员"), ("张建国", "副市长"), ("张建国", "副市长"), ("刘洋", "荷塘区农业农村局局长")],
            found.People.Select(p => (p.Name, p.Title)));
    }

    [Fact]
    public void A_donation_with_a_declared_abbreviation()
    {
        var found = Extractor.Extract("4月2日上午,湖南中联重科股份有限公司(以下简称“中联重科”)向株洲市慈善总会捐赠50万元。中联重科相关负责人表示,企业将继续履行社会责任。");
        Assert.Equal(
            [("湖南中联重科股份有限公司", null), ("湖南中联重科股份有限公司", "中联重科"), ("株洲市慈善总会", null), ("湖南中联重科股份有限公司", "中联重科")],
            found.Organizations.Select(o => (o.Name, o.Alias)));
        Assert.Empty(found.People);
    }

    [Fact]
    public void A_village_secretary_quoted()
    {
        var found = Extractor.Extract("在攸县网岭镇罗家坪村,村党支部书记陈国庆说:“今年村里的油茶产业收入翻了一番。”他介绍,全村共有农户312户。");
        Assert.Equal([("攸县", "株洲市"), ("网岭镇", "攸县"), ("罗家坪村", "网岭镇")], found.Places.Select(p => (p.Name, p.Parent)));
        Assert.Equal([("陈国庆", "村党支部书记")], found.People.Select(p => (p.Name, p.Title)));
    }

    [Fact]
    public void Schools_a_street_office_and_a_hospital()
    {
        var found = Extractor.Extract("株洲市第一中学的200余名师生参加了活动。石峰区清水塘街道办事处主任周敏介绍,活动持续三天。醴陵市人民医院感染科主任医师黄志刚带领医疗队赴上海支援。");
        Assert.Equal(["株洲市第一中学", "石峰区清水塘街道办事处", "醴陵市人民医院"], found.Organizations.Select(o => o.Name));
        Assert.Equal([("周敏", "石峰区清水塘街道办事处主任"), ("黄志刚", "醴陵市人民医院感染科主任医师")], found.People.Select(p => (p.Name, p.Title)));
        Assert.Contains(found.Places, p => p is { Name: "上海市", Parent: "中国" });
    }
}
