using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Frames;
using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>Charts of the tables printed on the pages.</summary>
public static class TableCharts
{
    /// <summary>
    /// The numeric columns of a table as grouped bars, one group per row (labelled by its first text cell);
    /// a table without numbers gives an empty chart saying so.
    /// </summary>
    public static GenericChart Numbers(PageTableFrame table)
    {
        var frame = table.Frame;
        var labels = frame.Columns.OfType<StringDataFrameColumn>().FirstOrDefault();
        var bars = from column in frame.Columns.OfType<DoubleDataFrameColumn>()
                   from row in Enumerable.Range(0, (int)frame.Rows.Count)
                   let value = column[row]
                   where value is not null
                   select (column.Name, labels?[row] ?? $"第{row + 1}行 row {row + 1}", value!.Value);
        var title = $"表格中的数字 Numbers in the table: {table.Name}";
        var list = bars.ToList();
        return list.Count == 0
            ? ChartKit.Empty(title, "表中没有数字列 · the table has no numeric column")
            : ChartKit.Columns(list, title, labels?.Name ?? "行 Row", "数值 Value");
    }
}
