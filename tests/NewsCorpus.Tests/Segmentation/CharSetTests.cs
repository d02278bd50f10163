using NewsCorpus.Segmentation;

namespace NewsCorpus.Tests.Segmentation;

public class CharSetTests
{
    [Fact]
    public void The_scan_stops_at_the_first_character_of_the_set()
    {
        var set = new CharSet("市区");
        Assert.True(set.Contains('市'));
        Assert.False(set.Contains('株'));
        Assert.Equal(2, set.IndexIn("株洲市天元区", 0));
        Assert.Equal(5, set.IndexIn("株洲市天元区", 3));
        Assert.Equal(-1, set.IndexIn("株洲市天元区", 6));
        Assert.Equal("区市", new string([.. set.Chars()]));
    }

    [Fact]
    public void Characters_sharing_a_word_of_bits_are_told_apart()
    {
        // U+5E02 市 and U+5E03 布 share a 64-bit word; the last character of the range too.
        var set = new CharSet(['\u5E02', char.MaxValue]);
        Assert.False(set.Contains('\u5E03'));
        Assert.True(set.Contains(char.MaxValue));
        Assert.Equal(1, set.IndexIn("\u5E03\uFFFF", 0));
    }

    [Fact]
    public void A_union_holds_the_characters_of_each_set_in_code_order()
    {
        var union = CharSet.Union(new CharSet("市区"), new CharSet("县市"), new CharSet(['\uFFFF']));
        Assert.Equal("区县市\uFFFF", new string([.. union.Chars()]));
        Assert.Equal(2, union.IndexIn("株洲市天元区", 0));
    }
}
