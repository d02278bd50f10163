using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Dates;

/// <summary>Whatever the text, extraction finishes, and every mention quotes the span it claims.</summary>
public class ExtractorRobustnessProperties
{
    private static Arbitrary<string> Fragments()
    {
        string[] pieces = ["0", "1", "2", "9", "12", "31", "9999", "0000", "2020", ".", ",", "-", "至", "到", "年", "月", "日", "号", "点", "时", "分", "半",
            "晚", "凌晨", "下午", "今天", "次日", "第二天", "上周", "下周三", "去年", "除夕", "大年初", "正月", "腊月", "农历", "十", "百", "千", "万", "亿",
            "两", "三", "零", "点五", "余", "多", "近", "约", "超", "左右", "以上", "百分之", "分之", "%", "个", "名", "元", "万元", "千瓦时", "岁", "小时",
            "第", "〔", "〕", "[", "]", "“", "”", "截至", "至今", "初", "底", "上半年", "春节", "端午节", " ", "\n", "，", "王"];
        return Gen.Elements(pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary();
    }

    private static Arbitrary<DateOnly?> References() =>
        Gen.OneOf(Gen.Constant((DateOnly?)null), Gen.Elements(new DateOnly(1, 1, 1), new DateOnly(2020, 2, 29), new DateOnly(9999, 12, 31)).Select(d => (DateOnly?)d),
            Gen.Choose(0, 3_652_058).Select(n => (DateOnly?)DateOnly.FromDayNumber(n))).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Extraction_never_fails_and_spans_quote_their_text() =>
        Prop.ForAll(Fragments(), References(), (text, reference) =>
        {
            var facts = TextFacts.Of(text, reference);
            var t = facts.Normalized.Text;
            Assert.All(facts.Dates, d => Assert.Equal(d.Text, t[d.Span.Start..d.Span.End]));
            Assert.All(facts.Quantities, q => Assert.Equal(q.Text, t[q.Span.Start..q.Span.End]));
        });
}
