using Microsoft.Data.Analysis;
using NewsCorpus.Analysis.Frames;
using Plotly.NET;

namespace NewsCorpus.Analysis.Charts;

/// <summary>Charts of the tables printed on the pages.</summary>
public static class TableCharts
{
    /// <summary>Values spanning more than this ratio are drawn on a log axis.</summary>
    public const double LogRatio = 100;

    /// <summary>
    /// The numeric columns of a table: for a one-row table a bar per column (values of different units side by
    /// side, on a log axis when they span orders of magnitude); otherwise grouped bars, one group per row
    /// labelled by its first text cell. A table without numbers gives an empty chart saying so.
    /// </summary>
    public static GenericChart Numbers(PageTableFrame table)
    {
        var frame = table.Frame;
        var title = $"表中的数字 Numbers in the table: {Shorten(table.Name)}";
        var numeric = frame.Columns.OfType<DoubleDataFrameColumn>().ToList();
        if (numeric.Count == 0) return CellValues(table, title);
        var labels = frame.Columns.OfType<StringDataFrameColumn>().FirstOrDefault();
        string RowLabel(int row) => labels?[row] ?? $"第{row + 1}行 row {row + 1}";
        if (frame.Rows.Count == 1)
        {
            var bars = numeric.Where(c => c[0] is not null).Select(c => (c.Name, c[0]!.Value)).ToList();
            var positive = bars.Select(b => b.Value).Where(v => v > 0).ToList();
            var log = positive.Count == bars.Count && positive.Count > 1 && positive.Max() / positive.Min() > LogRatio;
            return ChartKit.RankedBars(bars, title, log ? "数值（对数轴）Value (log axis)" : "数值 Value", RowLabel(0), logX: log);
        }
        var groups = from column in numeric
                     from row in Enumerable.Range(0, (int)frame.Rows.Count)
                     where column[row] is not null
                     select (column.Name, RowLabel(row), column[row]!.Value);
        return ChartKit.Columns(groups, title, labels?.Name ?? "行 Row", "数值 Value");
    }

    /// <summary>
    /// A table of text cells with amounts in them (奖100万元): grouped bars of the cell values by column, one
    /// series per row and unit; a table without any gives an empty chart saying so.
    /// </summary>
    private static GenericChart CellValues(PageTableFrame table, string title)
    {
        var bars = TableFrames.TableCell.Of(table)
            .Where(c => c.Value is not null)
            .Select(c => ($"{c.RowLabel} ({c.Unit ?? "数"})", c.Column, c.Value!.Value))
            .ToList();
        return bars.Count == 0
            ? ChartKit.Empty(title, "表中没有数字 · the table has no numbers")
            : ChartKit.Columns(bars, title, "列 Column", "数值 Value");
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..29] + "…" : text;
}
