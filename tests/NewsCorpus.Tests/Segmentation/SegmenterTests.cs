using NewsCorpus.Segmentation;

namespace NewsCorpus.Tests.Segmentation;

public class SegmenterTests
{
    private static readonly Segmenter Segmenter = new();

    private static string[] Words(string text) => [.. Segmenter.Segment(text).Select(t => t.Text)];

    [Fact]
    public void Domain_words_stay_whole()
    {
        Assert.Equal(["株洲", "各地", "复工复产", "核酸检测", "有序", "推进"], Words("株洲各地复工复产、核酸检测有序推进"));
    }

    [Fact]
    public void Places_from_the_gazetteer_and_topic_terms_are_words()
    {
        var tokens = Segmenter.Segment("天元区栗雨街道开展无偿献血");
        Assert.Equal(["天元区", "栗雨街道", "开展", "无偿献血"], tokens.Select(t => t.Text));
        Assert.Equal([TokenKind.DomainWord, TokenKind.DomainWord, TokenKind.Word, TokenKind.DomainWord], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Numbers_and_latin_words_are_tokens_and_punctuation_is_not()
    {
        var tokens = Segmenter.Segment("1.1万个N95口罩，共5200毫升。");
        Assert.Equal(
            [("1.1", TokenKind.Number), ("万个", TokenKind.Word), ("N95", TokenKind.Latin), ("口罩", TokenKind.DomainWord), ("共", TokenKind.Word), ("5200", TokenKind.Number), ("毫升", TokenKind.DomainWord)],
            tokens.Select(t => (t.Text, t.Kind)));
    }

    [Fact]
    public void A_domain_word_starts_only_where_icu_starts_a_word()
    {
        // 市长 is in the domain dictionary, but ICU reads 城市 here, so 市长 is not cut out of it.
        Assert.DoesNotContain("市长", Words("城市长远发展规划"));
    }

    [Fact]
    public void Spans_cover_the_token_text()
    {
        const string text = "在抗击疫情的斗争中，株洲1.1万余个基层党组织奋勇争先。";
        Assert.All(Segmenter.Segment(text), t => Assert.Equal(t.Text, text[t.Span.Start..t.Span.End]));
    }

    [Fact]
    public void Segmenting_every_seed_loses_no_han_character()
    {
        foreach (var file in Directory.EnumerateFiles(Shared.Seeds.RawDirectory))
        {
            var text = File.ReadAllText(file);
            var han = text.Count(NewsCorpus.Extraction.Entities.CjkText.IsHan);
            Assert.Equal(han, Segmenter.Segment(text).Sum(t => t.Text.Count(NewsCorpus.Extraction.Entities.CjkText.IsHan)));
        }
    }

    [Fact]
    public void Spans_asked_to_stay_whole_are_entity_tokens()
    {
        const string text = "周骥立即准备返程";
        var tokens = Segmenter.Segment(text, [new Span(0, 2)]);
        Assert.Equal(("周骥", TokenKind.Entity), (tokens[0].Text, tokens[0].Kind));
        Assert.Equal(text.Length, tokens.Sum(t => t.Text.Length));
    }
}
