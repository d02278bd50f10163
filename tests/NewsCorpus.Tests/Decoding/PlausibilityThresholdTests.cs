using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Decoding;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.Decoding;

public class PlausibilityThresholdTests
{
    /// <summary>Pieces of 1 to 5,000 characters of common hanzi, rare hanzi, private use, control and blank characters, so
    /// texts cross the 4,096-character steps at which the early answer is tried, with scores on both sides of a threshold.</summary>
    private static Arbitrary<(string Text, double Threshold)> Cases()
    {
        var piece = Gen.Elements("的", "亍", "丂", "\uE000", "\u0001", " ", "\n", "a", "，", "①")
            .SelectMany(c => Gen.Choose(1, 5000).Select(n => string.Concat(Enumerable.Repeat(c, n))));
        return piece.ListOf().Select(p => string.Concat(p))
            .SelectMany(text => Gen.Elements(0.0, 0.25, 0.35, 0.5, 0.6, 0.9, 1.0).Select(t => (text, t)))
            .ToArbitrary();
    }

    [Property(MaxTest = 500)]
    public Property Answers_as_the_score_does() =>
        Prop.ForAll(Cases(), c => Assert.Equal(ChinesePlausibility.Score(c.Text) >= c.Threshold, ChinesePlausibility.AtLeast(c.Text, c.Threshold)));

    [Fact]
    public void Seeds_clear_the_decoders_threshold_and_noise_does_not()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
            Assert.True(ChinesePlausibility.AtLeast(File.ReadAllText(file), 0.35));
        Assert.False(ChinesePlausibility.AtLeast(new string('\uE000', 10_000) + new string('的', 3_000), 0.35));
        Assert.True(ChinesePlausibility.AtLeast(new string('的', 3_000) + new string('\uE000', 5_000), 0.35));
        Assert.True(ChinesePlausibility.AtLeast("   ", 1.0));
    }
}
