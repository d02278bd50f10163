using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Tests.Terms;

public class KwicTests
{
    [Fact]
    public void Every_occurrence_comes_with_its_context_and_offsets()
    {
        var article = TermTestArticles.Make("a", "全市开展献血活动。\n市民积极献血，献血量创新高。", new DateOnly(2021, 4, 28));
        var lines = Kwic.Find([article], "献血", width: 4).ToList();
        Assert.Equal(
            [("全市开展", "活动。 ", 4), ("市民积极", "，献血量", 14), ("极献血，", "量创新高", 17)],
            lines.Select(l => (l.Left, l.Right, l.Span.Start)));
        Assert.All(lines, l => Assert.Equal(l.Span.Start, l.RawOffset));
        Assert.All(lines, l => Assert.Equal(new DateOnly(2021, 4, 28), l.Published));
    }
}
