using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Tests.Terms;

public class TopicTermsTests
{
    [Fact]
    public void Topic_terms_rank_by_topic_hits_then_term_hits()
    {
        var ranked = TopicTerms.Ranked(SeedTerms.Articles, SeedTerms.Scorer);

        Assert.Equal(
            [new("疫情防控", "疫情", 42), new("疫情防控", "疫情防控", 40), new("疫情防控", "防疫", 35)],
            ranked.Take(3));
        // 中心血站 is a 献血 term; the seeds print it 15 times (always inside 市中心血站 or 株洲市中心血站).
        Assert.Contains(new TopicTermHits("献血", "中心血站", 15), ranked);
    }

    [Fact]
    public void The_strongest_term_of_the_top_topics_are_keywords()
    {
        Assert.Equal(["疫情"], TopicTerms.Strongest(SeedTerms.Articles, SeedTerms.Scorer));
        Assert.Equal(["疫情", "企业"], TopicTerms.Strongest(SeedTerms.Articles, SeedTerms.Scorer, topics: 2));
        Assert.Empty(TopicTerms.Strongest([TermTestArticles.Make("a", "今天天气很好。")], SeedTerms.Scorer));
    }
}
