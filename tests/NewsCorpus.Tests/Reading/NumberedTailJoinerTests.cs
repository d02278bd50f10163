using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Reading.Readers;

namespace NewsCorpus.Tests.Reading;

public sealed class NumberedTailJoinerTests
{
    private static readonly Regex Ordinal = new(@"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})、");

    [Theory]
    [InlineData("一、项目名称;八、其他需要公告的事项:", "八")]
    [InlineData("十二、联系方式:", "十二")]
    [InlineData("一二三四、不是编号", null)]
    [InlineData("三、甲;乙、丙", "三")]
    [InlineData("没有编号:", null)]
    public void Finds_the_last_item_mark(string text, string? expected) => Assert.Equal(expected, NumberedTailJoiner.LastOrdinal(text));

    private static readonly string[] Pieces = ["一", "三", "十", "、", "项", ":", " "];

    public static Arbitrary<string> Texts() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>The backward scan finds the numeral of the last match of the pattern it replaced.</summary>
    [Property(Arbitrary = [typeof(NumberedTailJoinerTests)], MaxTest = 500)]
    public bool Agrees_with_the_regular_expression(string text)
    {
        var matches = Ordinal.Matches(text);
        var expected = matches.Count == 0 ? null : matches[^1].Groups[1].Value;
        return NumberedTailJoiner.LastOrdinal(text) == expected;
    }
}
