using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Tests.Frames;

public class FrameToolsTests
{
    private static readonly Microsoft.Data.Analysis.DataFrame Quantities = CorpusFrames.Quantities(SampleArticles.All);

    [Fact]
    public void CountBy_counts_values_most_frequent_first()
    {
        var counts = Quantities.CountBy("unit");

        Assert.Equal(["名", "mL", "个"], counts["unit"].Cast<string>());
        Assert.Equal([3, 2, 1], counts["count"].Cast<int?>());
    }

    [Fact]
    public void WhereEquals_and_Largest_pick_rows()
    {
        var blood = Quantities.WhereEquals("unit", "mL").Largest("value", 1);

        Assert.Equal(1, blood.Rows.Count);
        Assert.Equal(5200d, blood["value"][0]);
        Assert.Equal(Quantities.Columns.Count, blood.Columns.Count);
    }

    [Fact]
    public void Operations_on_no_rows_keep_the_columns()
    {
        var none = Quantities.WhereEquals("unit", "t");

        Assert.Equal(0, none.Rows.Count);
        Assert.Equal(0, none.Largest("value").Rows.Count);
        Assert.Equal(0, none.CountBy("unit").Rows.Count);
        Assert.Equal(Quantities.Columns.Count, none.Columns.Count);
    }
}
