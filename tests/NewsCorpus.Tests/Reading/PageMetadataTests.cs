using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Reading;

/// <summary>Web and page metadata, captions, tables and continuations read from the seeds.</summary>
public class PageMetadataTests
{
    private static FileResult Parse(string seed) => NewsPipeline.Default.ParseFile(Seeds.File(seed));

    [Fact]
    public void The_web_article_has_its_timestamp_origin_editor_views_footer_and_captions()
    {
        var article = Assert.Single(Parse("001").Articles);
        Assert.Equal(new WebInfo(new DateTime(2020, 2, 1, 13, 30, 17), "株洲日报", "王珈", 7628, "责编:王珈\n来源:株洲日报\n下载APP"), article.Web);
        Assert.Equal(8, article.Captions.Count);
        Assert.Equal("团结一心,共战疫情。", article.Captions[0]);
        Assert.Equal("湖南华源荣康药业有限公司捐献5000个口罩。", article.Captions[^1]);
        Assert.StartsWith("越是风急浪骤,越需中流砥柱。\n关键时刻", article.Body.Text);
        Assert.EndsWith("奔流向前!", article.Body.Text);
        Assert.DoesNotContain("▲", article.Body.Text);
        Assert.Contains("\n把最美的身影留在战“疫”最前线\n", article.Body.Text);
    }

    [Fact]
    public void Markdown_page_blocks_give_every_article_the_page_title_date_weekday_and_staff()
    {
        var articles = Parse("003").Articles;
        Assert.All(articles, a =>
        {
            Assert.Equal("坚决打赢疫情防控阻击战", a.PageTitle);
            Assert.Equal(new DateOnly(2020, 2, 19), a.PageInfo!.Date);
            Assert.Equal("星期三", a.PageInfo.Weekday);
            Assert.Equal([new("责编", "邱峰"), new("美编", "郭金芳"), new("校对", "曹韵红")], a.PageInfo.Staff);
        });
    }

    [Fact]
    public void Tables_go_to_the_article_not_into_its_body()
    {
        var article = Parse("004").Articles.Single(a => a.Title == "2021年12月份 城市管理考核评价结果揭晓");
        Assert.Equal(2, article.Tables.Count);
        var (first, second) = (article.Tables[0], article.Tables[1]);
        Assert.Equal("2021年12月份城区城市管理考核评价结果", first.Caption);
        Assert.Equal(["项目", "株洲经开区", "荷塘区", "石峰区", "天元区", "芦淞区"], first.Header);
        Assert.Equal(4, first.Rows.Count);
        Assert.Equal(["奖 罚", "奖100万元", "奖60万元", "奖30万元", "不予奖罚", "罚30万元"], first.Rows[1]);
        Assert.Equal(new LineRange(57, 62), first.Lines);
        Assert.Equal("2021年12月份城市五区街道、乡镇城市管理第一名及末名评价结果", second.Caption);
        Assert.Equal(new LineRange(64, 70), second.Lines);
        Assert.Equal(["末 名", "龙头铺街道办事处", "月塘街道办事处", "田心街道办事处", "泰山路街道办事处", "龙泉街道办事处"], second.Rows[2]);
        Assert.Equal("根据《城区城市管理考核评比办法》,市城市管理委员会办公室发布2021年12月份城市管理考核评价结果。\n城市管理考核监督电话:28681872", article.Body.Text);

        var notice = Parse("003").Articles.Single(a => a.Title!.EndsWith("[2020]网挂第016号"));
        var table = Assert.Single(notice.Tables);
        Assert.Equal("一、本次网上挂牌出让地块的基本情况和规划技术指标", table.Caption);
        Assert.Equal(9, table.Header.Count);
        Assert.Equal("105487.7", table.Rows[0][2]);
        Assert.DoesNotContain("地块编号", notice.Body.Text);
    }

    [Fact]
    public void Captions_are_kept_apart_with_their_credits()
    {
        var articles = Parse("003").Articles;
        Assert.Equal(["株洲日报社驻企联络员龚国良(左)帮企业领回预防中药等物资 记者 戴凛 摄"], articles[0].Captions);
        Assert.Equal(["肖烈上户摸排情况 记者 李卉 摄"], articles[4].Captions);
        var hydrant = Parse("004").Articles.Single(a => a.Title!.StartsWith("楼道消火栓"));
        Assert.Equal(["18楼楼道消火栓被发现时,正往外冒水。 株洲日报·掌上株洲记者/刘平 翻拍"], hydrant.Captions);
        var print = Parse("000").Articles[1];
        Assert.Equal(["3 月 5 日，派驻进社区的炎基办干部正在指导辖区企业做好疫情防控和复工复产工作。 炎基办供图"], print.Captions);
    }

    [Fact]
    public void Subheadings_stay_inside_their_article()
    {
        var article = Parse("003").Articles.Single(a => a.Title == "少讲条件多作贡献,这名派驻干部好作风");
        Assert.Contains("\n用善意的谎言化解“漏餐”尴尬\n", article.Body.Text);
        Assert.Contains("\n腰部有旧伤,一到家就平躺在地板上\n", article.Body.Text);
        Assert.EndsWith("忍不住流下了眼泪。", article.Body.Text);
    }

    [Fact]
    public void A_continued_article_keeps_its_marker_and_is_reported_as_headless()
    {
        var result = Parse("002");
        var continued = result.Articles[^1];
        Assert.Equal(["◀上接01版"], continued.Continuations);
        Assert.StartsWith("“安静的城市中,清水塘大桥", continued.Body.Text);
        Assert.Contains(result.Report.Diagnostics, d => d is { Code: "continued-article", Line: 209 });
    }
}
