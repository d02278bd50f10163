using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Text;
using NewsCorpus.Topics;

namespace NewsCorpus.Tests.Topics;

public class TopicScorerTests
{
    private static readonly TopicScorer Scorer = new();

    [Fact]
    public void A_blood_drive_report_is_about_blood_donation_first()
    {
        var topics = Scorer.Score("3月7日上午，天元区卫生健康局组织131位医务人员无偿献血，捐献热血43150毫升，成为疫情期间首次团体献血单位。市献血办呼吁市民积极参与无偿献血。");
        Assert.Equal("献血", topics[0].Name);
        Assert.True(topics[0].Score > 0.9, topics[0].Score.ToString());
    }

    [Fact]
    public void Hits_are_longest_matches_without_overlap()
    {
        var hits = Scorer.Hits("全员核酸检测，静默管控期间复工复产");
        Assert.Equal(
            [("核酸检测", 2, 6), ("静默管控", 7, 11), ("复工复产", 13, 17)],
            hits.Select(h => (h.Term.Term, h.Span.Start, h.Span.End)).Distinct());
        Assert.Equal(["核酸检测", "静默管控", "复工复产"], hits.Select(h => h.Term.Topic));
    }

    [Fact]
    public void The_score_grows_with_the_density_of_weighted_hits()
    {
        // Two hits of 献血 (weight 3) in 20 non-space characters: 300 per 1,000, far past the scale of 4.
        var dense = Scorer.Score("献血献血一二三四五六七八九十一二三四五六").Single();
        Assert.Equal(1 - Math.Exp(-6 * 1000.0 / 20 / 4), dense.Score, 6);
        var sparse = Scorer.Score("献血" + new string('一', 1000) + "献血").Single();
        Assert.Equal(1 - Math.Exp(-6 * 1000.0 / 1004 / 4), sparse.Score, 6);
    }

    [Fact]
    public void A_single_hit_is_not_a_topic()
    {
        Assert.Empty(Scorer.Score("他去献血了。"));
    }

    [Fact]
    public void The_seed_on_the_anti_corruption_meeting_scores_anti_corruption()
    {
        var text = File.ReadAllText(Shared.Seeds.File("004"));
        var topics = Scorer.Score(text).Select(t => t.Name).ToList();
        Assert.Equal("献血", topics[0]);
        Assert.Contains("反腐", topics);
        Assert.Contains("城市管理", topics);
    }

    [Fact]
    public void The_enricher_scores_the_headline_with_the_text()
    {
        const string body = "当天，55人成功献血，共计18040毫升。";
        var article = new Article
        {
            Id = "t", Source = "t.txt", Layout = Layout.Unknown, Lines = new LineRange(1, 2),
            Body = MappedText.Slice(body, 0, body.Length), Title = "城发集团勇士争当战“疫”英雄 团体献血",
        };
        var topics = new TopicEnricher(Scorer).Enrich(article).Topics;
        Assert.Equal("献血", topics[0].Name);
        Assert.Equal(Scorer.Score(article.Title + "\n" + body), topics);
    }

    private static readonly string[] Pieces = ["献血", "无偿", "复工复产", "核酸检测", "静默管控", "。", " ", "\n", "\u3000", "一", "反腐", "廉政"];

    public static Arbitrary<string> Texts() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>Scoring title, subtitle and body as parts gives what scoring them joined by newlines gives.</summary>
    [Property(Arbitrary = [typeof(TopicScorerTests)], MaxTest = 200)]
    public bool Parts_score_as_the_joined_text(string title, string subtitle, string body, bool noSubtitle)
    {
        var parts = new[] { title, noSubtitle ? null : subtitle, body };
        var joined = string.Join('\n', parts.Where(p => !string.IsNullOrEmpty(p)));
        return Scorer.Score(parts).SequenceEqual(Scorer.Score(joined));
    }

    [Fact]
    public void Only_non_space_characters_count_for_the_density()
    {
        // 献血 twice (weight 3) among 20 characters, with spaces of several kinds that do not count.
        var spaced = Scorer.Score("献血献血一二三四五六 七八九十\u3000一二三四\t五六\u00A0\u2028").Single();
        Assert.Equal(1 - Math.Exp(-6 * 1000.0 / 20 / 4), spaced.Score, 12);
    }

    [Fact]
    public void The_spaces_skipped_are_exactly_the_white_space_characters()
    {
        // 37 copies: whole vectors and a remainder, whatever the vector width.
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(WhiteSpace.Count(new string((char)c, 37)) == (char.IsWhiteSpace((char)c) ? 37 : 0), $"U+{c:X4}");
    }

    [Property(MaxTest = 300)]
    public bool White_space_is_counted_as_char_IsWhiteSpace_counts_it(string? text, char[]? more)
    {
        var s = (text ?? "") + "株洲\u3000 \n" + new string(more ?? []);
        return WhiteSpace.Count(s) == s.Count(char.IsWhiteSpace);
    }
}
