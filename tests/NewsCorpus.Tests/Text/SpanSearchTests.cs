using System.Buffers;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Text;

public class SpanSearchTests
{
    [Fact]
    public void Steps_from_one_hit_to_the_next()
    {
        const string text = "2020年2月19日，今年";
        var values = SearchValues.Create("年月日");
        var hits = new List<int>();
        for (var i = text.AsSpan().IndexOfAny(values); i >= 0; i = SpanSearch.IndexOfAnyAfter(text, i, values)) hits.Add(i);
        Assert.Equal([4, 6, 9, 12], hits);
    }

    [Fact]
    public void Finds_nothing_after_the_last_character() =>
        Assert.Equal(-1, SpanSearch.IndexOfAnyAfter("年", 0, SearchValues.Create("年")));
}
