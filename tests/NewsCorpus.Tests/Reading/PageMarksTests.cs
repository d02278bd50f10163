using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Tests.Reading;

public sealed class PageMarksTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("株洲", 4)]
    [InlineData("2020年", 6)]
    // Longer than a vector, so both the vector loop and the tail are used: 36 wide (CJK, full-width colons) and 14 ASCII.
    [InlineData("株洲日报讯(全媒体记者/成炫兰)11月11日,株洲市公共资源交易中心发布2020年第12号公告：：：", 86)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz", 62)]
    public void Width_counts_cjk_and_full_width_characters_twice(string text, int width) =>
        Assert.Equal(width, PageMarks.Width(text));
}
