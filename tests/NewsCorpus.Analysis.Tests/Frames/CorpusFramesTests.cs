using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Tests.Frames;

public class CorpusFramesTests
{
    private static readonly IReadOnlyList<Article> Articles = SampleArticles.All;

    [Fact]
    public void Articles_has_one_typed_row_per_article()
    {
        var frame = CorpusFrames.Articles(Articles);

        Assert.Equal(4, frame.Rows.Count);
        Assert.IsType<StringDataFrameColumn>(frame["id"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(frame["published"]);
        Assert.IsType<Int32DataFrameColumn>(frame["quantities"]);
        Assert.Equal(new DateTime(2020, 2, 1), frame["published"][1]);
        Assert.Null(frame["published"][3]);
        Assert.Equal("web-article", frame["layout"][1]);
        Assert.Equal("李支国、尹二荣、沈全华、邹怡敏", frame["bylines"][1]);
        Assert.Equal("001_2ce852fb66e9e90e.txt", frame["source"][1]);
        Assert.Equal(3, frame["quantities"][0]);
        Assert.Equal(1, frame["tables"][2]);
        Assert.Equal("献血", frame["top_topic"][0]);
        Assert.Equal(181, frame["first_line"][2]);
    }

    [Fact]
    public void Quantities_are_numbers_in_canonical_units_with_context_and_provenance()
    {
        var frame = CorpusFrames.Quantities(Articles);

        Assert.Equal(6, frame.Rows.Count);
        Assert.IsType<DoubleDataFrameColumn>(frame["value"]);
        Assert.Equal("5200毫升", frame["text"][1]);
        Assert.Equal(5200d, frame["value"][1]);
        Assert.Equal("mL", frame["unit"][1]);
        Assert.Equal(11000d, frame["value"][3]);
        Assert.Equal(new DateTime(2020, 3, 7), frame["published"][1]);
        Assert.Contains("捐献热血5200毫升", (string)frame["context"][1]);
        var text = SampleArticles.BloodDrive.Text;
        var start = text.IndexOf("5200毫升", StringComparison.Ordinal);
        Assert.Equal(start, frame["span_start"][1]);
        Assert.Equal(300 + start, frame["raw_offset"][1]);
    }

    [Fact]
    public void Dates_resolve_to_date_columns()
    {
        var frame = CorpusFrames.Dates(Articles);

        Assert.Equal(3, frame.Rows.Count);
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(frame["start"]);
        Assert.Equal(new DateTime(2020, 2, 26), frame["start"][0]);
        Assert.Equal(new DateTime(2020, 3, 17), frame["end"][1]);
        Assert.Equal("month", frame["grain"][2]);
        Assert.Equal(false, frame["vague"][0]);
    }

    [Fact]
    public void Bylines_places_organisations_people_and_topics_have_a_row_per_mention()
    {
        var bylines = CorpusFrames.Bylines(Articles);
        Assert.Equal(4, bylines.Rows.Count);
        Assert.Equal("邹怡敏", bylines["name"][3]);
        Assert.Equal("记者", bylines["role"][3]);
        Assert.Null(bylines["raw_offset"][0]);

        var places = CorpusFrames.Places(Articles);
        Assert.Equal(["株洲", "株洲", "渌口区"], places["name"].Cast<string>());
        Assert.Equal("株洲市", places["parent"][2]);
        Assert.Equal("city", places["level"][0]);

        var organizations = CorpusFrames.Organizations(Articles);
        Assert.Equal(4, organizations.Rows.Count);
        Assert.Equal("市中心医院", organizations["alias"][1]);

        var people = CorpusFrames.People(Articles);
        Assert.Equal("周勇", Assert.Single(people["name"].Cast<string>()));
        Assert.Equal("党委副书记、副总经理", people["title"][0]);

        var topics = CorpusFrames.Topics(Articles);
        Assert.Equal(6, topics.Rows.Count);
        Assert.IsType<DoubleDataFrameColumn>(topics["score"]);
        Assert.Equal(0.9, topics["score"][0]);
    }

    [Fact]
    public void Empty_input_gives_frames_with_columns_and_no_rows()
    {
        var frame = CorpusFrames.Quantities([]);

        Assert.Equal(0, frame.Rows.Count);
        Assert.Contains(frame.Columns, c => c.Name == "value");
    }
}
