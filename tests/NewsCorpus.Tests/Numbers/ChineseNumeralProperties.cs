using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Numbers;

namespace NewsCorpus.Tests.Numbers;

public class ChineseNumeralProperties
{
    private static Arbitrary<long> Numbers() =>
        Gen.OneOf(Gen.Choose(0, 100_000).Select(i => (long)i), Gen.Choose(0, int.MaxValue).Select(i => (long)i * 1_000 + i % 997)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Formatted_numerals_parse_back() =>
        Prop.ForAll(Numbers(), n => ChineseNumerals.Parse(ChineseNumeralFormatter.Format(n)) == n);

    [Property(MaxTest = 300)]
    public Property Financial_capitals_parse_back() =>
        Prop.ForAll(Numbers(), n => ChineseNumerals.Parse(ChineseNumeralFormatter.Format(n, financial: true)) == n);

    [Property(MaxTest = 300)]
    public Property Numerals_read_in_text_with_a_unit_have_their_value() =>
        Prop.ForAll(Gen.Choose(2, 99_999).ToArbitrary(), n =>
        {
            var text = $"共有{ChineseNumeralFormatter.Format(n)}名志愿者";
            var q = QuantityExtractor.Default.Extract(text).Single();
            return q.Value == n && q.Unit == "名" && q.Kind == QuantityKinds.Count;
        });

    [Fact]
    public void Formatter_writes_newspaper_numerals()
    {
        Assert.Equal("一万零三", ChineseNumeralFormatter.Format(10_003));
        Assert.Equal("十五", ChineseNumeralFormatter.Format(15));
        Assert.Equal("二十亿零五百", ChineseNumeralFormatter.Format(2_000_000_500));
    }
}
