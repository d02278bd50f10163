using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

/// <summary>Pages that are not seeds: the readers work from the shapes, not from the five files.</summary>
public class NewPageTests
{
    private static FileResult Parse(string text) => NewsPipeline.Default.ParseBytes(System.Text.Encoding.UTF8.GetBytes(text), "new.txt");

    [Fact]
    public void A_plain_text_page_with_label_title_subtitle_byline_and_a_headless_dateline_item()
    {
        var result = Parse("""
            抗疫故事

            菜篮子 保供应

            全市30家超市延长营业时间 货品充足

            株洲日报全媒体记者/张小明

            “菜价稳定,货源充足。”12月1日,市商务局负责人介绍,全市超市已延长营业时间。

            截至目前,全市30家超市日均供应蔬菜500吨。

            株洲日报讯(全媒体记者/王大伟 通讯员/李红) 12月2日,市区新增10个便民售菜点,方便居民就近买菜。

            市商务局表示,将持续做好保供工作。
            """);
        Assert.Equal(Layout.EpaperText, result.Report.Layout);
        Assert.Equal(2, result.Articles.Count);
        var first = result.Articles[0];
        Assert.Equal(("抗疫故事", "菜篮子 保供应", "全市30家超市延长营业时间 货品充足"), (first.Section, first.Title, first.Subtitle));
        Assert.Equal([new Byline("张小明", "全媒体记者")], first.Bylines);
        Assert.Equal(new LineRange(1, 11), first.Lines);
        var second = result.Articles[1];
        Assert.Null(second.Title);
        Assert.Equal("株洲日报讯", second.Dateline);
        Assert.Equal([new Byline("王大伟", "全媒体记者"), new Byline("李红", "通讯员")], second.Bylines);
        Assert.Contains(result.Report.Diagnostics, d => d is { Code: "untitled-article", Line: 13 });
    }

    [Fact]
    public void A_markdown_page_with_a_pipe_table_and_two_page_blocks()
    {
        var result = Parse("""
            # 要闻

            2021年03月02日 星期二
            责编:张三 美编:李四

            ### 春耕备耕忙

            本报讯(记者 王五)3月1日,全市春耕备耕全面展开。

            | 区县 | 面积(亩) |
            |---|---|
            | 醴陵 | 1200 |
            | 攸县 | 900 |

            # 要闻

            2021年03月03日 星期三
            责编:张三 美编:李四

            ### 新闻二

            本报讯(记者 赵六)3月2日,会议召开。
            """);
        Assert.Equal(Layout.EpaperMarkdown, result.Report.Layout);
        Assert.Equal(["春耕备耕忙", "新闻二"], result.Articles.Select(a => a.Title));
        var table = Assert.Single(result.Articles[0].Tables);
        Assert.Equal(["区县", "面积(亩)"], table.Header);
        Assert.Equal([["醴陵", "1200"], ["攸县", "900"]], table.Rows);
        Assert.Equal("3月1日,全市春耕备耕全面展开。", result.Articles[0].Body.Text);
        Assert.Equal([new DateOnly(2021, 3, 2), new DateOnly(2021, 3, 3)], result.Articles.Select(a => a.Published!.Value));
        Assert.All(result.Articles, a => Assert.Equal(PublishedFrom.Text, a.PublishedFrom));
    }

    [Fact]
    public void A_web_article_without_byline_or_footer()
    {
        var result = Parse("""
            市区新增10个便民售菜点
            2021-12-02 08:15:00          来源:掌上株洲 | 编辑:李华 |          浏览量:120

            12月2日,市区新增10个便民售菜点。

            ▲居民在售菜点买菜。

            市商务局表示,将持续做好保供工作。
            """);
        var article = Assert.Single(result.Articles);
        Assert.Equal(Layout.WebArticle, article.Layout);
        Assert.Equal(new WebInfo(new DateTime(2021, 12, 2, 8, 15, 0), "掌上株洲", "李华", 120, null), article.Web);
        Assert.Equal(["居民在售菜点买菜。"], article.Captions);
        Assert.Equal("12月2日,市区新增10个便民售菜点。\n市商务局表示,将持续做好保供工作。", article.Body.Text);
    }

    [Fact]
    public void Article_ids_are_unique_and_stable_across_runs()
    {
        var first = NewsPipeline.Default.ParseFiles(Directory.EnumerateFiles(Seeds.RawDirectory)).SelectMany(r => r.Articles).Select(a => a.Id).ToList();
        var second = NewsPipeline.Default.ParseFiles(Directory.EnumerateFiles(Seeds.RawDirectory)).SelectMany(r => r.Articles).Select(a => a.Id).ToList();
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_print_page_with_many_detached_headlines_has_each_matched_to_its_piece()
    {
        // Twelve narrow pieces, each opened by a byline, and their twelve headlines printed after the columns.
        var topics = new[] { "献血", "复工", "防疫", "春耕", "教育", "交通", "环保", "养老", "就业", "消防", "旅游", "文化" };
        var body = string.Join("\n\n", topics.Select((t, i) =>
            $"株洲日报记者 张{"一二三四五六七八九十甲乙"[i]}明\n\n本市{t}工作有序推进，{t}\n部门组织人员深入一线，\n确保{t}各项措施落实到\n位，群众满意度提高。"));
        var headlines = string.Join("\n\n", topics.Select(t => $"{t}工作推进有序"));
        var result = Parse(body + "\n\n" + headlines + "\n");
        Assert.Equal(Layout.PrintOcr, result.Report.Layout);
        Assert.Equal(topics.Select(t => $"{t}工作推进有序"), result.Articles.Select(a => a.Title));
    }
}
