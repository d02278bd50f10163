namespace NewsCorpus.Analysis.Tests;

/// <summary>
/// Articles built from passages of the seed documents with the mentions the extractors are meant to find,
/// so the analysis layer is tested on real text independently of the extractors' progress.
/// </summary>
internal static class SampleArticles
{
    /// <summary>Seed 000: the blood drive of 株洲新芦淞产业发展集团 (2 月 26 日, 15 donors, 5200 mL; 周勇 400 mL).</summary>
    public static Article BloodDrive { get; } = Build(
        id: "a000", source: "data/raw/000_34c67c3172766dcc.txt", layout: Layout.PrintOcr, lines: new(20, 31),
        published: new DateOnly(2020, 3, 7), title: "社会各界勠力同心 团体献血共抗疫情",
        text: "2月26日,株洲新芦淞产业发展集团有限公司开展团体献血活动,15名爱心员工捐献热血5200毫升,成为疫情发生以来我市首家“逆行”献血团队。党委副书记、副总经理周勇带头捐献400毫升爱心血液。",
        rawStart: 300,
        bylines: [],
        dates: [("2月26日", "2020-02-26", "2020-02-26", "day")],
        quantities: [("15名", 15m, "名", "count"), ("5200毫升", 5200m, "mL", "measure"), ("400毫升", 400m, "mL", "measure")],
        places: [("株洲", null, "city")],
        organizations: [("株洲新芦淞产业发展集团有限公司", null)],
        people: [("周勇", "党委副书记、副总经理")],
        topics: [("献血", 0.9), ("复工复产", 0.2)]);

    /// <summary>Seed 001: the web article of 2020-02-01 by 李支国 and others (1.1万余个 party organisations).</summary>
    public static Article PartyOrganisations { get; } = Build(
        id: "a001", source: "data/raw/001_2ce852fb66e9e90e.txt", layout: Layout.WebArticle, lines: new(1, 95),
        published: new DateOnly(2020, 2, 1), title: "战“疫”的堡垒 防控的屏障——株洲各级基层党组织抗击疫情综述",
        text: "在抗击疫情的斗争中,株洲各行业各领域1.1万余个基层党组织、24万余名党员奋勇争先。市中心医院近300名医护人员主动请缨。",
        rawStart: 200,
        bylines: [("李支国", "记者"), ("尹二荣", "记者"), ("沈全华", "记者"), ("邹怡敏", "记者")],
        dates: [],
        quantities: [("1.1万余个", 11000m, "个", "count"), ("24万余名", 240000m, "名", "count"), ("近300名", 300m, "名", "count")],
        places: [("株洲", null, "city")],
        organizations: [("株洲市中心医院", "市中心医院")],
        people: [],
        topics: [("党建", 0.8), ("医疗救治", 0.4)]);

    /// <summary>Seed 003: the land parcel notice with its TSV table (105487.7 m², 1520 / 5063 / 100 万元).</summary>
    public static Article LandParcel { get; } = Build(
        id: "a003", source: "data/raw/003_a8830f866c506400.txt", layout: Layout.EpaperMarkdown, lines: new(181, 198),
        published: new DateOnly(2020, 2, 19), title: "株洲市国有建设用地使用权网上挂牌出让公告 [2020]网挂第016号",
        text: "经株洲市渌口区人民政府批准,株洲市渌口区自然资源局决定以网上挂牌方式出让一宗国有建设用地使用权。申请人可于2020年2月26日至2020年3月17日,在网上浏览或下载本次挂牌出让文件。",
        rawStart: 9000,
        bylines: [],
        dates: [("2020年2月26日至2020年3月17日", "2020-02-26", "2020-03-17", "day")],
        quantities: [],
        places: [("渌口区", "株洲市", "district")],
        organizations: [("株洲市渌口区自然资源局", null)],
        people: [],
        topics: [("土地出让", 0.7)],
        tables: [new PageTable(null,
            ["地块编号", "土地位置", "出让土地面积(平方米)", "土地用途", "竞买保证金(万元)", "挂牌起始价(万元)", "增价幅度(万元)", "出让年限", "规划技术指标"],
            [["[2020]网挂第016号", "株洲市渌口区南洲镇湘东村", "105487.7", "工业用地", "1520", "5063", "100", "工业50年", "容积率:≥1.0且≤2.0;建筑密度:≥30%;绿地率:≥10%且≤20%。"]],
            new LineRange(187, 188))]);

    /// <summary>Seed 004: the city-management ranking of December 2021, no publication date, two tables.</summary>
    public static Article CityManagement { get; } = Build(
        id: "a004", source: "data/raw/004_1bb611471ff94af8.txt", layout: Layout.EpaperMarkdown, lines: new(53, 72),
        published: null, title: "2021年12月份 城市管理考核评价结果揭晓",
        text: "本报讯 根据《城区城市管理考核评比办法》,市城市管理委员会办公室发布2021年12月份城市管理考核评价结果。",
        rawStart: 5000,
        bylines: [],
        dates: [("2021年12月份", "2021-12-01", "2021-12-31", "month")],
        quantities: [],
        places: [],
        organizations: [("市城市管理委员会办公室", null)],
        people: [],
        topics: [("城市管理", 0.9)],
        tables:
        [
            new PageTable("2021年12月份城区城市管理考核评价结果",
                ["项目", "株洲经开区", "荷塘区", "石峰区", "天元区", "芦淞区"],
                [
                    ["总成绩排名及档次", "第一名", "第二名", "第三名", "第四名", "末名"],
                    ["奖 罚", "奖100万元", "奖60万元", "奖30万元", "不予奖罚", "罚30万元"],
                ],
                new LineRange(57, 60)),
        ]);

    public static IReadOnlyList<Article> All { get; } = [BloodDrive, PartyOrganisations, LandParcel, CityManagement];

    /// <summary>Span of the first occurrence of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static Span SpanOf(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' not in the sample text");
        return new Span(start, start + part.Length);
    }

    private static Article Build(
        string id, string source, Layout layout, LineRange lines, DateOnly? published, string title, string text, int rawStart,
        (string Name, string Role)[] bylines,
        (string Text, string Start, string End, string Grain)[] dates,
        (string Text, decimal Value, string Unit, string Kind)[] quantities,
        (string Name, string? Parent, string Level)[] places,
        (string Name, string? Alias)[] organizations,
        (string Name, string Title)[] people,
        (string Name, double Score)[] topics,
        PageTable[]? tables = null) => new()
    {
        Id = id,
        Source = source,
        Layout = layout,
        Lines = lines,
        Body = MappedText.Slice(new string(' ', rawStart) + text, rawStart, text.Length),
        Published = published,
        PublishedFrom = published is null ? PublishedFrom.None : PublishedFrom.Text,
        Title = title,
        Bylines = [.. bylines.Select(b => new Byline(b.Name, b.Role))],
        Dates = [.. dates.Select(d => new DateMention(d.Text, d.Start, d.End, d.Grain, SpanOf(text, d.Text)))],
        Quantities = [.. quantities.Select(q => new Quantity(q.Text, q.Value, q.Unit, null, null, null, q.Kind, SpanOf(text, q.Text)))],
        Places = [.. places.Select(p => new PlaceMention(p.Name, p.Parent, p.Level, SpanOf(text, p.Name)))],
        Organizations = [.. organizations.Select(o => new OrganizationMention(o.Name, o.Alias, SpanOf(text, o.Alias ?? o.Name)))],
        People = [.. people.Select(p => new PersonMention(p.Name, p.Title, SpanOf(text, p.Name)))],
        Topics = [.. topics.Select(t => new TopicScore(t.Name, t.Score))],
        Tables = tables ?? [],
    };
}
