using NewsCorpus.Extraction.Numbers;

namespace NewsCorpus.Tests.Numbers;

public class ChineseNumeralsTests
{
    [Theory]
    // Seeds
    [InlineData("三十", "30")]
    [InlineData("两百", "200")]
    [InlineData("十", "10")]
    [InlineData("二十", "20")]
    [InlineData("三", "3")]
    [InlineData("千万", "10000000")]
    // pkumza/numcn and cn2an style cases, not from the seeds
    [InlineData("零", "0")]
    [InlineData("〇", "0")]
    [InlineData("七十八", "78")]
    [InlineData("七百六十九", "769")]
    [InlineData("柒仟壹佰肆拾", "7140")]
    [InlineData("贰亿叁仟肆佰贰拾叁万肆仟贰佰贰拾叁", "234234223")]
    [InlineData("七千零一", "7001")]
    [InlineData("一百一十四", "114")]
    [InlineData("十六", "16")]
    [InlineData("一万四千六百二十三", "14623")]
    [InlineData("一百零二亿五千零一万一千零三十八", "10250011038")]
    [InlineData("五十万亿", "50000000000000")]
    [InlineData("一千零十", "1010")]
    [InlineData("两百五", "250")]
    [InlineData("一万五", "15000")]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("一点五", "1.5")]
    [InlineData("一点五七", "1.57")]
    [InlineData("二〇二〇", "2020")]
    [InlineData("廿三", "23")]
    [InlineData("壹佰零伍", "105")]
    public void Parses(string numeral, string expected) =>
        Assert.Equal(decimal.Parse(expected), ChineseNumerals.Parse(numeral));

    [Theory]
    [InlineData("十十")]
    [InlineData("三两")]
    [InlineData("点五")]
    [InlineData("一点")]
    [InlineData("王")]
    public void Rejects(string text) => Assert.Null(ChineseNumerals.Parse(text));
}
