using NewsCorpus.Text;

namespace NewsCorpus.Tests.Text;

public sealed class WhiteSpaceTests
{
    [Fact]
    public void Agrees_with_char_IsWhiteSpace_on_every_char()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(WhiteSpace.Is(c) == char.IsWhiteSpace(c), $"U+{(int)c:X4}");
        Assert.Equal(char.IsWhiteSpace(char.MaxValue), WhiteSpace.Is(char.MaxValue));
    }

    [Theory]
    [InlineData("\u3000 株洲日报\t\u00A0", "株洲日报")]
    [InlineData("  ", "")]
    [InlineData("本报讯", "本报讯")]
    public void Trims_as_a_span_trims(string text, string expected)
    {
        Assert.Equal(expected, WhiteSpace.Trim(text).ToString());
        Assert.Equal(text.AsSpan().TrimStart().ToString(), WhiteSpace.TrimStart(text).ToString());
        Assert.Equal(text.AsSpan().TrimEnd().ToString(), WhiteSpace.TrimEnd(text).ToString());
    }
}
