using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Frames;
using NewsCorpus.Analysis.Terms;
using NewsCorpus.Analysis.Tests.Terms;

namespace NewsCorpus.Analysis.Tests.Frames;

public class TermFramesTests
{
    [Fact]
    public void Topics_per_period_are_typed_rows_with_the_period_start()
    {
        var frame = TermFrames.Topics(SeedTerms.Topics);

        Assert.Equal(["period", "period_start", "topic", "articles", "hits", "per_10k_chars", "mean_score"], frame.Columns.Select(c => c.Name));
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(frame["period_start"]);
        Assert.IsType<Int32DataFrameColumn>(frame["hits"]);
        Assert.IsType<DoubleDataFrameColumn>(frame["per_10k_chars"]);
        Assert.Equal(SeedTerms.Topics.Count, frame.Rows.Count);
        // February 2020 (seeds 001 and 003): 党建 terms hit 53 times in 7,814 non-space characters.
        var row = frame.WhereEquals("topic", "党建").WhereEquals("period", "2020-02");
        Assert.Equal((new DateTime(2020, 2, 1), 1, 53), ((DateTime)row["period_start"][0], (int)row["articles"][0], (int)row["hits"][0]));
        Assert.Equal(53 * 10_000.0 / 7814, (double)row["per_10k_chars"][0], 9);
    }

    [Fact]
    public void Terms_keep_the_top_of_each_period()
    {
        var frame = TermFrames.Terms(SeedTerms.Terms, top: 10);

        Assert.Equal(["period", "period_start", "term", "count", "articles", "per_10k_chars"], frame.Columns.Select(c => c.Name));
        Assert.Equal(40, frame.Rows.Count); // four months with articles, ten terms each
        Assert.Equal(["2020-02", "2020-03", "2022-01", "2022-11"], frame.CountBy("period").Columns["period"].Cast<string>().Order());
        Assert.Equal(("企业", 35, 5), ((string)frame["term"][0], (int)frame["count"][0], (int)frame["articles"][0]));
        Assert.Equal(SeedTerms.Terms.Count, TermFrames.Terms(SeedTerms.Terms).Rows.Count);
    }

    [Fact]
    public void Kwic_lines_keep_their_article_and_raw_offset()
    {
        var frame = TermFrames.Kwic(Kwic.Find(SeedTerms.Articles, "疫情"));

        Assert.Equal(["article_id", "published", "source", "left", "keyword", "right", "span_start", "span_end", "raw_offset"], frame.Columns.Select(c => c.Name));
        Assert.Equal(83, frame.Rows.Count); // 疫情 occurs 83 times in the seeds' article texts
        Assert.Equal(("000_34c67c3172766dcc.txt", "员工捐献热血5200毫升，成为", "发生以来我市首家“逆行”献血团"),
            ((string)frame["source"][0], (string)frame["left"][0], (string)frame["right"][0]));
        Assert.Equal((136, 138, 197), ((int)frame["span_start"][0], (int)frame["span_end"][0], (int)frame["raw_offset"][0]));
        Assert.Equal(new DateTime(2020, 3, 7), frame["published"][0]);
    }

    [Fact]
    public void Keyness_names_its_sides_and_flags_significance()
    {
        var frame = TermFrames.Keyness(SeedTerms.Comparison, top: 5);

        Assert.Equal(
            ["term", "favours", "later_count", "earlier_count", "later_per_10k_terms", "earlier_per_10k_terms", "g2", "log_ratio", "significant"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal(("企业", "earlier", 21, 71, true), ((string)frame["term"][0], (string)frame["favours"][0], (int)frame["later_count"][0], (int)frame["earlier_count"][0], (bool)frame["significant"][0]));
        Assert.IsType<BooleanDataFrameColumn>(frame["significant"]);
        Assert.Equal(SeedTerms.Comparison.Rows[0].LogLikelihood, (double)frame["g2"][0]);
        Assert.Equal(SeedTerms.Comparison.Rows.Count, TermFrames.Keyness(SeedTerms.Comparison).Rows.Count);
    }

    [Fact]
    public void Keyness_of_one_period_is_an_empty_frame_with_its_columns()
    {
        var frame = TermFrames.Keyness(KeynessComparison.BetweenHalves(SeedTerms.OneFile, SeedTerms.Counter));

        Assert.Equal(0, frame.Rows.Count);
        Assert.Equal(9, frame.Columns.Count);
        Assert.Equal(["term", "favours", "target_count"], TermFrames.Keyness([]).Columns.Take(3).Select(c => c.Name));
    }

    [Fact]
    public void Topic_terms_keep_the_top_terms_of_each_topic()
    {
        var frame = TermFrames.TopicTerms(TopicTerms.Ranked(SeedTerms.Articles, SeedTerms.Scorer), perTopic: 3);

        Assert.Equal(["topic", "term", "hits"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["疫情", "疫情防控", "防疫", "企业"], frame["term"].Cast<string>().Take(4));
        Assert.All(frame.CountBy("topic").Columns["count"].Cast<int>(), n => Assert.InRange(n, 1, 3));
    }
}
