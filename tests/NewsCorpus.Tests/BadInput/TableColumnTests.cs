using System.Text;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Tests.BadInput;

/// <summary>A markdown/TSV table row with the wrong number of cells is named by line and kept as read.</summary>
public class TableColumnTests
{
    [Fact]
    public void Rows_with_too_few_or_too_many_cells_are_named_and_kept()
    {
        var lines = SeedBytes.Text("004").Split('\n');
        var short_ = Array.FindIndex(lines, l => l.StartsWith("奖 罚\t", StringComparison.Ordinal));
        var long_ = Array.FindIndex(lines, l => l.StartsWith("第一责任人\t陈志勇", StringComparison.Ordinal));
        lines[short_] = lines[short_][..lines[short_].LastIndexOf('\t')];
        lines[long_] += "\t多出的一格";
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));

        var result = NewsPipeline.Default.ParseBytes(bytes, "004-table.txt");

        Assert.Equal(FileStatus.Parsed, result.Report.Status);
        var diagnostics = result.Report.Diagnostics.Where(d => d.Code == "table-columns").ToList();
        Assert.Equal([short_ + 1, long_ + 1], diagnostics.Select(d => d.Line ?? 0));
        Assert.Equal(
            ["table row has 5 cell(s), its header 6; kept as read", "table row has 7 cell(s), its header 6; kept as read"],
            diagnostics.Select(d => d.Message));
        var rows = result.Articles.SelectMany(a => a.Tables).SelectMany(t => t.Rows).ToList();
        Assert.Contains(rows, r => r.Count == 5 && r[0] == "奖 罚" && r[^1] == "不予奖罚");
        Assert.Contains(rows, r => r.Count == 7 && r[0] == "第一责任人" && r[^1] == "多出的一格");
    }
}
