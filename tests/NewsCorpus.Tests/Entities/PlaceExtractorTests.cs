using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class PlaceExtractorTests
{
    private static readonly EntityExtractor Extractor = new();

    private static IReadOnlyList<PlaceMention> Places(string text) => Extractor.Extract(text).Places;

    [Fact]
    public void A_chain_of_divisions_resolves_each_place_to_the_one_before()
    {
        var places = Places("茶陵县高陇镇星锋村党总支书记谭祖华第一时间组织党员志愿者巡查");
        Assert.Equal(
            [("茶陵县", "株洲市", "county", 0, 3), ("高陇镇", "茶陵县", "town", 3, 6), ("星锋村", "高陇镇", "village", 6, 9)],
            places.Select(p => (p.Name, p.Parent, p.Level, p.Span.Start, p.Span.End)));
    }

    [Fact]
    public void Known_places_get_their_gazetteer_parent_and_short_forms_their_canonical_name()
    {
        var places = Places("接到驰援湖北的紧急任务，他毅然驰援湖北黄冈疫情防控一线。天元区也派出了医疗队。");
        Assert.Equal(
            [("湖北省", "中国", 4), ("湖北省", "中国", 17), ("黄冈市", "湖北省", 19), ("天元区", "株洲市", 28)],
            places.Select(p => (p.Name, p.Parent, p.Span.Start)));
    }

    [Fact]
    public void Generic_endings_make_places_after_a_preposition_or_a_known_place()
    {
        var places = Places("由于麻园社区散户很多，上街劝导成为了头等要事。家住芦淞区建宁街道向阳社区的李女士说。");
        Assert.Equal(["麻园社区", "芦淞区", "建宁街道", "向阳社区"], places.Select(p => p.Name));
        Assert.Equal("建宁街道", places[3].Parent);
        Assert.Equal("community", places[3].Level);
    }

    [Fact]
    public void Phrases_ending_like_a_place_are_not_places()
    {
        Assert.Empty(Places("全市各社区要做好返乡人员排查，我市城区和辖区内的小区都在行动，这个村也一样。"));
    }

    [Fact]
    public void A_place_inside_a_company_name_is_still_a_place()
    {
        var places = Places("醴陵市公安局交警大队党总支实行三班24小时勤务制度");
        Assert.Equal([("醴陵市", "株洲市", 0, 3)], places.Select(p => (p.Name, p.Parent, p.Span.Start, p.Span.End)));
    }

    [Fact]
    public void Places_outside_zhuzhou_are_recognised()
    {
        var places = Places("1月7日，江西赣州一名患者因病离世，武汉来株孕妇待产，浙江老家的亲人赶往长沙。");
        Assert.Equal(["江西省", "赣州市", "武汉市", "浙江省", "长沙市"], places.Select(p => p.Name));
    }

    [Fact]
    public void A_name_broken_by_a_hard_line_wrap_is_found_whole_with_its_span_in_the_original()
    {
        const string text = "活动在天元区\n栗雨街道开展";
        var place = Places(text).Single(p => p.Name == "栗雨街道");
        Assert.Equal("栗雨街道", text[place.Span.Start..place.Span.End]);
        Assert.Equal("天元区", place.Parent);
    }

    [Fact]
    public void Spans_on_a_seed_point_at_the_name_in_the_text()
    {
        var text = File.ReadAllText(Shared.Seeds.File("001"));
        var places = Places(text);
        Assert.All(places.Where(p => p.Name.EndsWith("社区")), p => Assert.Equal(p.Name, text[p.Span.Start..p.Span.End]));
        Assert.Contains(places, p => p is { Name: "月塘社区", Parent: "栗雨街道" });
        Assert.Contains(places, p => p is { Name: "龙头铺街道", Parent: "云龙示范区" });
    }
}
