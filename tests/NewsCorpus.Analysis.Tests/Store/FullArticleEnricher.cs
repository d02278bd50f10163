using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Tests.Store;

/// <summary>
/// Fills every field of the model from the article's own text, so a round trip through the store
/// is checked field by field whatever the real readers and extractors fill in yet.
/// </summary>
public sealed class FullArticleEnricher : IArticleEnricher
{
    public Article Enrich(Article article)
    {
        var body = article.Body;
        // A normalised text that differs from the body: the first character dropped, a synthetic
        // separator inserted after the tenth, so the offset map has a jump and a repeated offset.
        var builder = new MappedTextBuilder();
        for (var i = 1; i < body.Text.Length; i++)
        {
            builder.Append(body.Text[i], body.Offsets[i]);
            if (i == 10) builder.AppendSynthetic("¶", body.Offsets[i]);
        }
        var normalized = builder.Build(body.Offsets[^1]);
        var n = normalized.Text.Length;
        return article with
        {
            Parts = [new LineRange(3, 5), new LineRange(9, 12)],
            Published = new DateOnly(2020, 2, 19),
            PublishedFrom = PublishedFrom.Manifest,
            PublishedEvidence = "manifest row 3",
            Paper = "株洲日报",
            Page = "A3",
            PageTitle = "要闻",
            Section = "抗疫故事",
            Title = "标题",
            Subtitle = null,
            Dateline = "株洲日报讯",
            Bylines = [new Byline("李支国", "记者"), new Byline("王某", "通讯员")],
            Captions = ["▲ 图一", "▲ 图二"],
            Continuations = ["◀上接01版"],
            PageInfo = new PageInfo("要闻", new DateOnly(2020, 2, 19), "星期三",
                [KeyValuePair.Create("责编", "甲"), KeyValuePair.Create("校对", "乙"), KeyValuePair.Create("校对", "丙")]),
            Web = new WebInfo(new DateTime(2020, 2, 1, 9, 30, 15), "株洲日报", "张三", 1234, "版权所有"),
            Tables = [new PageTable("献血统计", ["日期", "人数"], [["2月26日", "52"], ["2月27日", ""]], new LineRange(40, 43))],
            Normalized = normalized,
            Dates = [new DateMention("2月26日", "2020-02-26", "2020-02-26", "day", new Span(0, 4)),
                     new DateMention("近日", null, null, "day", new Span(4, 6), Vague: true)],
            Quantities = [new Quantity("5200毫升", 5200m, "mL", null, null, null, "measure", new Span(1, 7)),
                          new Quantity("1.1万余个", 11000m, "个", "over", null, null, "count", new Span(2, 9)),
                          new Quantity("3至5名", null, "名", null, 3m, 5m, "count", new Span(3, 6)),
                          new Quantity("0.125", 0.125m, null, null, null, null, "number", new Span(n - 2, n))],
            Places = [new PlaceMention("天元区", "株洲市", "district", new Span(5, 8)), new PlaceMention("湖南", null, null, new Span(9, 11))],
            Organizations = [new OrganizationMention("株洲市城市建设发展集团有限公司", "城发集团", new Span(0, 3))],
            People = [new PersonMention("王卫安", "市委常委、常务副市长", new Span(6, 9)), new PersonMention("李四", null, new Span(2, 4))],
            Topics = [new TopicScore("献血", 0.82), new TopicScore("复工", 1.0 / 3)],
        };
    }
}
