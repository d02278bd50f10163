using NewsCorpus.Decoding;

namespace NewsCorpus.Tests.Decoding;

public class ChinesePlausibilityTests
{
    [Fact]
    public void Hanzi_weights_read_from_one_encoding_call_agree_with_one_call_per_character()
    {
        var weights = ChinesePlausibility.BuildHanziWeights();
        var bytes = new byte[4];
        for (var c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            var n = Encodings.Gb18030.GetBytes([c], bytes);
            var expected = n == 2 && bytes[1] >= 0xA1 ? bytes[0] switch { >= 0xB0 and <= 0xD7 => 4, >= 0xD8 and <= 0xF7 => 2, _ => 1 } : 1;
            Assert.True(expected == weights[c - 0x4E00], $"{c}: {weights[c - 0x4E00]}, expected {expected}");
        }
    }

    [Theory]
    [InlineData('的', 4)] // GB2312 level 1
    [InlineData('亍', 2)] // GB2312 level 2
    [InlineData('丂', 1)] // GBK only
    public void Weighs_hanzi_by_how_common_they_are(char c, int quarters) =>
        Assert.Equal(quarters, ChinesePlausibility.BuildHanziWeights()[c - 0x4E00]);

    [Theory]
    [InlineData("株洲日报", 1.0)]
    [InlineData("a \n\t\u3000b", 1.0)]
    [InlineData("", 1.0)]
    [InlineData("\uE000\uFFFD", 0.0)]
    [InlineData("的丂", 0.625)]
    [InlineData("α·", 0.75)]
    public void Scores_the_share_of_plausible_characters(string text, double score) =>
        Assert.Equal(score, ChinesePlausibility.Score(text));
}
