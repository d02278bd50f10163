using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Tests.Frames;

/// <summary>The tables the readers find on the seed pages, as DataFrames.</summary>
public class SeedTableTests
{
    private static readonly IReadOnlyList<PageTableFrame> Tables = TableFrames.All(SeedCorpus.Value.Articles);

    [Fact]
    public void Land_parcel_table_of_seed_003_has_typed_numbers()
    {
        var table = Tables.Single(t => t.Frame.Columns.Any(c => c.Name == "出让土地面积(平方米)"));
        var frame = table.Frame;

        Assert.Equal("株洲市国有建设用地使用权网上挂牌出让公告 [2020]网挂第016号", table.Article.Title);
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal(105487.7, frame["出让土地面积(平方米)"][0]);
        Assert.Equal(1520d, frame["竞买保证金(万元)"][0]);
        Assert.Equal(5063d, frame["挂牌起始价(万元)"][0]);
        Assert.Equal("株洲市渌口区南洲镇湘东村", frame["土地位置"][0]);
        Assert.Equal(4, frame.Columns.Count(c => c is DoubleDataFrameColumn));
    }

    [Fact]
    public void City_management_ranking_of_seed_004_is_a_text_table_by_district()
    {
        var table = Tables.First(t => t.Frame.Columns.Any(c => c.Name == "株洲经开区"));
        var cells = TableFrames.Cells([table.Article]);

        Assert.Equal("2021年12月份 城市管理考核评价结果揭晓", table.Article.Title);
        Assert.Equal(["项目", "株洲经开区", "荷塘区", "石峰区", "天元区", "芦淞区"], table.Frame.Columns.Select(c => c.Name));
        Assert.Equal("第一名", table.Frame["株洲经开区"][0]);
        Assert.Contains(Enumerable.Range(0, (int)cells.Rows.Count),
            r => (string)cells["row_label"][r] == "奖 罚" && (string)cells["column"][r] == "荷塘区" && (string)cells["text"][r] == "奖60万元");
    }

    [Fact]
    public void Index_has_a_row_per_table_on_the_seed_pages()
    {
        var index = TableFrames.Index(SeedCorpus.Value.Articles);

        Assert.Equal(Tables.Count, index.Rows.Count);
        Assert.Equal(SeedCorpus.Value.Articles.Sum(a => a.Tables.Count), (int)index.Rows.Count);
    }
}
