using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class EntityExtractorPropertyTests
{
    private static readonly EntityExtractor Extractor = new();

    /// <summary>Text made of pieces the extractors react to, shuffled: names, endings, titles, punctuation, line breaks.</summary>
    private static readonly string[] Pieces =
        ["株洲市", "天元区", "街道", "社区", "村", "有限公司", "医院", "局", "市委常委、", "书记", "王", "卫安", "说", "记者", "/", " ", "、",
         "，", "。", "\n", "\n\n", "\t", "（以下简称“", "”）", "集团", "的", "在", "湖北", "1", "张", "介绍", "主任:", "区长", "“", "”"];

    public static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(Arbitrary = [typeof(EntityExtractorPropertyTests)], MaxTest = 300)]
    public bool Every_span_lies_in_the_text_and_places_and_people_read_as_their_span(string text)
    {
        var found = Extractor.Extract(text);
        bool Inside(Span s) => 0 <= s.Start && s.Start < s.End && s.End <= text.Length;
        return found.Places.All(p => Inside(p.Span))
            && found.Organizations.All(o => Inside(o.Span))
            && found.People.All(p => Inside(p.Span) && p.Name == text[p.Span.Start..p.Span.End].Replace(" ", "").Replace("\n", ""))
            && found.Places.Where(p => p.Level is "community" or "village" or "street").All(p => p.Name == text[p.Span.Start..p.Span.End].Replace("\n", ""));
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_have_no_entities()
    {
        foreach (var text in new[] { "", "\n", "，。、“”", "1234 5678" })
        {
            var found = Extractor.Extract(text);
            Assert.Empty(found.Places);
            Assert.Empty(found.Organizations);
            Assert.Empty(found.People);
        }
    }
}
