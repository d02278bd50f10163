using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Frames;

namespace NewsCorpus.Analysis.Tests.Frames;

public class TableFramesTests
{
    [Fact]
    public void Land_parcel_table_has_numeric_columns_for_its_numbers()
    {
        var frame = TableFrames.ToDataFrame(SampleArticles.LandParcel.Tables[0]);

        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal(9, frame.Columns.Count);
        Assert.IsType<DoubleDataFrameColumn>(frame["出让土地面积(平方米)"]);
        Assert.Equal(105487.7, frame["出让土地面积(平方米)"][0]);
        Assert.Equal(5063d, frame["挂牌起始价(万元)"][0]);
        Assert.IsType<StringDataFrameColumn>(frame["出让年限"]);
        Assert.Equal("工业50年", frame["出让年限"][0]);
    }

    [Fact]
    public void Ranking_table_keeps_its_text_cells()
    {
        var frame = TableFrames.ToDataFrame(SampleArticles.CityManagement.Tables[0]);

        Assert.Equal(2, frame.Rows.Count);
        Assert.All(frame.Columns, c => Assert.IsType<StringDataFrameColumn>(c));
        Assert.Equal("第一名", frame["株洲经开区"][0]);
        Assert.Equal("罚30万元", frame["芦淞区"][1]);
    }

    [Fact]
    public void Index_lists_every_table_with_its_size()
    {
        var index = TableFrames.Index(SampleArticles.All);

        Assert.Equal(2, index.Rows.Count);
        Assert.Equal(4, index["numeric_columns"][0]);
        Assert.Equal("2021年12月份城区城市管理考核评价结果", index["caption"][1]);
        Assert.Equal(6, index["columns"][1]);
        Assert.Equal(187, index["first_line"][0]);
    }

    [Fact]
    public void Cells_label_each_cell_by_row_and_column()
    {
        var cells = TableFrames.Cells([SampleArticles.CityManagement]);

        Assert.Equal(10, cells.Rows.Count);
        Assert.Equal("奖 罚", cells["row_label"][5]);
        Assert.Equal("株洲经开区", cells["column"][5]);
        Assert.Equal("奖100万元", cells["text"][5]);
        Assert.Equal(1_000_000d, cells["value"][5]);
        Assert.Equal("CNY", cells["unit"][5]);
        Assert.Null(cells["value"][0]); // 第一名 is a rank, not an amount
    }

    [Theory]
    [InlineData("105487.7", 105487.7)]
    [InlineData("1,520", 1520)]
    [InlineData("35%", 35)]
    [InlineData(" 100 ", 100)]
    public void Plain_numbers_parse(string cell, double expected) => Assert.Equal(expected, TableFrames.ParseNumber(cell));

    [Theory]
    [InlineData("第一名")]
    [InlineData("奖100万元")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_cells_are_not_numbers(string? cell) => Assert.Null(TableFrames.ParseNumber(cell));

    [Theory]
    [InlineData("105487.7", 105487.7, null)]
    [InlineData("罚30万元", 300000d, "CNY")]
    [InlineData("工业50年", 50d, "a")]
    public void Cell_values_are_plain_numbers_or_the_one_quantity(string cell, double value, string? unit) =>
        Assert.Equal((value, unit), TableFrames.CellValue(cell));

    [Theory]
    [InlineData("第一名")]
    [InlineData("主任:曾毅鹏")]
    [InlineData("不予奖罚")]
    public void Cells_without_an_amount_have_no_value(string cell) => Assert.Null(TableFrames.CellValue(cell));

    [Fact]
    public void Blank_and_repeated_headers_become_unique_names()
    {
        var table = new PageTable(null, ["项目", "", "项目"], [["a", "1", "2"]], new LineRange(1, 2));

        var frame = TableFrames.ToDataFrame(table);

        Assert.Equal(["项目", "column2", "项目_2"], frame.Columns.Select(c => c.Name));
    }
}
