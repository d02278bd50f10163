using NewsCorpus.Analysis.Terms;

namespace NewsCorpus.Analysis.Tests.Terms;

public class PeriodGrainsTests
{
    [Fact]
    public void The_seeds_span_34_months_and_trend_by_month()
    {
        // 2020-02-01 (seed 001) to 2022-11-11 (seed 002).
        Assert.Equal(PeriodGrain.Month, PeriodGrains.For(SeedTerms.Articles));
        Assert.Equal(34, PeriodGrains.Span(new DateOnly(2020, 2, 1), new DateOnly(2022, 11, 11), PeriodGrain.Month));
    }

    [Theory]
    [InlineData("2022-11-11", "2022-11-11", PeriodGrain.Day)]
    [InlineData("2020-02-01", "2020-03-07", PeriodGrain.Day)]     // 36 days
    [InlineData("2020-02-01", "2020-03-08", PeriodGrain.Week)]    // 37 days, 6 ISO weeks
    [InlineData("2020-01-01", "2022-12-31", PeriodGrain.Month)]   // 36 months
    [InlineData("2020-01-01", "2023-01-01", PeriodGrain.Quarter)] // 37 months, 13 quarters
    [InlineData("1990-01-01", "2030-12-31", PeriodGrain.Year)]
    public void The_finest_grain_with_at_most_36_periods_is_chosen(string from, string to, PeriodGrain expected) =>
        Assert.Equal(expected, PeriodGrains.For([DateOnly.Parse(from), DateOnly.Parse(to)]));

    [Fact]
    public void Weeks_are_counted_from_monday()
    {
        // Wednesday 2020-01-01 is in the week of Monday 2019-12-30; Monday 2020-01-06 starts the second.
        Assert.Equal(2, PeriodGrains.Span(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 6), PeriodGrain.Week));
        Assert.Equal(1, PeriodGrains.Span(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 5), PeriodGrain.Week));
    }

    [Fact]
    public void No_dated_article_gives_days()
    {
        Assert.Equal(PeriodGrain.Day, PeriodGrains.For([TermTestArticles.Make("a", "复工复产")]));
    }
}
