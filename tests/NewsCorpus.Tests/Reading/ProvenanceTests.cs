using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

/// <summary>Bodies map back to the raw text; headings, bylines and page furniture stay out of them.</summary>
public class ProvenanceTests
{
    public static TheoryData<string> SeedNames => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_body_character_maps_to_the_same_raw_character_inside_the_article_lines(string seed)
    {
        var path = Seeds.File(seed);
        var raw = File.ReadAllText(path);
        var document = new SourceDocument(path, raw, "utf-8", "");
        foreach (var article in NewsPipeline.Default.ParseFile(path).Articles)
        {
            Assert.Equal(raw, File.ReadAllText(article.Source));
            var ranges = article.Parts.Count > 0 ? article.Parts : [article.Lines];
            var body = article.Body;
            for (var i = 0; i < body.Text.Length; i++)
            {
                if (body.Text[i] == '\n') continue;
                Assert.Equal(raw[body.Offsets[i]], body.Text[i]);
                var line = document.LineOf(body.Offsets[i]);
                Assert.Contains(ranges, r => r.First <= line && line <= r.Last);
            }
        }
    }

    [Fact]
    public void Hard_wrapped_print_columns_are_joined_without_inserted_spaces()
    {
        var article = NewsPipeline.Default.ParseFile(Seeds.File("000")).Articles[0];
        Assert.StartsWith("在全民战“疫”的非常时期，株洲市多家单位积极响应献血战“疫”号召，在做好复工复产和自身防护的同时，有序组织员工开展无偿献血活动，做最美“逆行”英雄。\n新芦淞集团热血铸先锋\n", article.Body.Text);
        // A blank line inside a sentence (a scanning artefact) does not break the paragraph.
        Assert.Contains("他说：“献血是一件很普通的事情，我已经献过 7 次了", article.Body.Text);
        Assert.Contains("此次献血活动在天元区疾病预防控制中心及天元区人民医院两个场地同步开展。", article.Body.Text);
    }

    [Fact]
    public void Bylines_datelines_and_titles_are_not_part_of_the_body()
    {
        var articles = NewsPipeline.Default.ParseFile(Seeds.File("002")).Articles;
        Assert.Equal("11月11日,市委常委、常务副市长王卫安率队,深入大唐华银株洲发电有限公司、株洲市二水厂,调研企业闭环生产相关工作。", articles[0].Body.Text.Split('\n')[0]);
        Assert.EndsWith("总结了一个经验:每临大事要静气。", articles[9].Body.Text);
        Assert.DoesNotContain("讲述人", articles[9].Body.Text);
    }

    [Fact]
    public void Interleaved_first_person_pieces_are_separated_by_column_order_and_reported()
    {
        var result = NewsPipeline.Default.ParseFile(Seeds.File("002"));
        var (light, bridge) = (result.Articles[7], result.Articles[8]);
        Assert.Contains("我变身电话专员,为一位80多岁的奶奶解决了十多天没法吃到降糖药的问题", light.Body.Text);
        Assert.Contains("我先从医护人员手中接过药品,按照惯例消毒、登记之后", bridge.Body.Text);
        Assert.DoesNotContain("跑腿小哥", light.Body.Text);
        Assert.Contains(result.Report.Diagnostics, d => d is { Code: "interleaved-columns", Line: 125, Severity: Severity.Warning });
        Assert.Contains(result.Report.Diagnostics, d => d is { Code: "interleaved-columns", Line: 131, Severity: Severity.Info });
    }

    [Fact]
    public void Detached_print_headlines_are_attached_with_their_evidence_reported()
    {
        var result = NewsPipeline.Default.ParseFile(Seeds.File("000"));
        Assert.Equal(
            [(367, "detached-heading-attached"), (372, "detached-heading-attached"), (375, "detached-heading-attached"), (368, "detached-label-attached")],
            result.Report.Diagnostics.Where(d => d.Code.StartsWith("detached")).Select(d => (d.Line ?? 0, d.Code)));
    }

    [Fact]
    public void A_notice_tail_printed_in_another_block_is_rejoined_by_its_numbering()
    {
        var result = NewsPipeline.Default.ParseFile(Seeds.File("003"));
        var notice = result.Articles[^1];
        Assert.EndsWith("八、其他需要公告的事项:\n(1) 须按照株洲市渌口区自然资源局2020年1月11日出具的《规划条件通知书》(2020)01号规划条件及蓝图实施。", notice.Body.Text[..notice.Body.Text.IndexOf("\n(2)", StringComparison.Ordinal)]);
        Assert.DoesNotContain("(1)", result.Articles[1].Body.Text);
        Assert.Contains(result.Report.Diagnostics, d => d is { Code: "numbered-tail-joined", Line: 60 });
    }
}
