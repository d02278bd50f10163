using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class OrganizationExtractorTests
{
    private static readonly EntityExtractor Extractor = new();

    private static IReadOnlyList<OrganizationMention> Organizations(string text) => Extractor.Extract(text).Organizations;

    [Fact]
    public void A_declared_abbreviation_is_linked_to_the_full_name_wherever_it_occurs()
    {
        const string text = "3月6日，株洲市城市建设发展集团有限公司（以下简称“城发集团”）组织献血。活动中，城发集团严把疫情防控关。";
        var orgs = Organizations(text);
        Assert.Equal(
            [("株洲市城市建设发展集团有限公司", null, 5), ("株洲市城市建设发展集团有限公司", "城发集团", 26), ("株洲市城市建设发展集团有限公司", "城发集团", 41)],
            orgs.Select(o => (o.Name, o.Alias, o.Span.Start)));
    }

    [Fact]
    public void Newspaper_short_forms_resolve_to_the_full_name()
    {
        var orgs = Organizations("11月9日，市卫健委发布就医指南。记者从市委组织部获悉。");
        Assert.Equal(
            [("株洲市卫生健康委员会", "市卫健委"), ("中共株洲市委组织部", "市委组织部")],
            orgs.Select(o => (o.Name, o.Alias)));
    }

    [Fact]
    public void Company_and_institution_names_start_after_a_boundary_word()
    {
        var orgs = Organizations("副市长深入湖南金鑫新材料股份有限公司调研，并走访了株洲市第三医院和攸县人民医院。");
        Assert.Equal(["湖南金鑫新材料股份有限公司", "株洲市第三医院", "攸县人民医院"], orgs.Select(o => o.Name));
    }

    [Fact]
    public void A_unit_right_after_its_parent_body_is_one_name()
    {
        Assert.Equal(["茶陵县公安局交警大队"], Organizations("茶陵县公安局交警大队开展设卡盘查").Select(o => o.Name));
    }

    [Fact]
    public void A_short_form_of_a_company_named_earlier_links_to_it()
    {
        var orgs = Organizations("株洲大川电子技术有限公司是一家非公企业。当市场摇摆，大川电子开工早。");
        Assert.Equal(
            [("株洲大川电子技术有限公司", null), ("株洲大川电子技术有限公司", "大川电子")],
            orgs.Select(o => (o.Name, o.Alias)));
    }

    [Fact]
    public void Generic_nouns_before_an_organisation_word_are_not_organisations()
    {
        Assert.Empty(Organizations("该公司负责人表示，辖区内定点医院和部分公司都已复工，第三方公司统一配送。"));
    }

    [Fact]
    public void A_bracketed_place_may_stand_inside_a_company_name()
    {
        Assert.Equal(["众普森科技(株洲)有限公司"], Organizations("“企业需要什么，我们就做什么。”众普森科技(株洲)有限公司位于天元区").Select(o => o.Name));
    }

    [Fact]
    public void A_government_name_starts_at_the_place_inside_a_longer_run()
    {
        Assert.Equal(["株洲市渌口区人民政府"], Organizations("经株洲市渌口区人民政府批准，出让一宗土地").Select(o => o.Name));
    }

    /// <summary>A long text with many mentions (the short forms are then looked up through a position index) links as a short one does.</summary>
    [Fact]
    public void Short_forms_link_the_same_in_a_text_with_many_mentions()
    {
        const string text = "3月6日，株洲市城市建设发展集团有限公司（以下简称“城发集团”）组织献血。株洲大川电子技术有限公司是一家非公企业。当市场摇摆，大川电子开工早，城发集团严把疫情防控关。\n";
        var once = Organizations(text);
        var repeated = Organizations(string.Concat(Enumerable.Repeat(text, 40)));
        Assert.Equal(5, once.Count);
        Assert.Equal(
            Enumerable.Range(0, 40).SelectMany(k => once.Select(o => (o.Name, o.Alias, o.Span.Start + k * text.Length, o.Span.End + k * text.Length))),
            repeated.Select(o => (o.Name, o.Alias, o.Span.Start, o.Span.End)));
    }
}
