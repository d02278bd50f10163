using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Tests.Terms;

public class KeynessTests
{
    [Fact]
    public void Log_likelihood_matches_a_hand_computed_value()
    {
        // a=10 in 1,000 tokens against b=2 in 1,000: E = 6 each; G² = 2(10 ln(10/6) + 2 ln(2/6)).
        var expected = 2 * (10 * Math.Log(10 / 6.0) + 2 * Math.Log(2 / 6.0));
        Assert.Equal(expected, Keyness.LogLikelihood(10, 2, 1000, 1000), 12);
        Assert.Equal(0, Keyness.LogLikelihood(5, 5, 1000, 1000), 12);
    }

    [Fact]
    public void Terms_of_the_later_period_that_were_rare_before_rank_first()
    {
        var counter = new TermCounter();
        var articles = new[]
        {
            TermTestArticles.Make("a", "企业复工复产，企业复工复产，企业复工复产，献血。", new DateOnly(2020, 2, 19)),
            TermTestArticles.Make("b", "企业复工复产，献血。", new DateOnly(2020, 3, 1)),
            TermTestArticles.Make("c", "静默管控，静默管控，静默管控，核酸检测，企业，献血。", new DateOnly(2022, 11, 10)),
        };
        var rows = Keyness.BetweenPeriods(articles, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), counter);
        Assert.Equal("静默管控", rows[0].Term);
        Assert.True(rows[0].Positive);
        Assert.Equal((3, 0), (rows[0].TargetCount, rows[0].ReferenceCount));
        var resumption = rows.Single(r => r.Term == "复工复产");
        Assert.False(resumption.Positive);
        Assert.True(resumption.LogRatio < 0);
        Assert.DoesNotContain(rows, r => r.Term == "核酸检测"); // seen once in all: below minCount 2
    }
}
