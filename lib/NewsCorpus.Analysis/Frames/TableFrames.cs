using System.Globalization;
using Microsoft.Data.Analysis;
using NewsCorpus.Text;

namespace NewsCorpus.Analysis.Frames;

/// <summary>A table printed on a page, with the article it belongs to and its cells as a typed DataFrame.</summary>
public sealed record PageTableFrame(Article Article, int Index, PageTable Table, DataFrame Frame)
{
    /// <summary>The table's caption, else the article's title, else its place in the source.</summary>
    public string Name => Table.Caption ?? Article.Title ?? $"{Path.GetFileName(Article.Source)}:{Table.Lines}";
}

/// <summary>
/// The tables found on the pages (<see cref="Article.Tables"/>) as DataFrames: one frame per table with the
/// header as column names and a column typed Double when every filled cell is a plain number, plus an
/// index of all tables and a long (cell per row) view for charts.
/// </summary>
public static class TableFrames
{
    /// <summary>Every table of the articles, in corpus order.</summary>
    public static IReadOnlyList<PageTableFrame> All(IEnumerable<Article> articles) =>
        [.. articles.SelectMany(a => a.Tables.Select((t, i) => new PageTableFrame(a, i, t, ToDataFrame(t))))];

    /// <summary>One row per table: where it is, its caption and its size.</summary>
    public static DataFrame Index(IEnumerable<Article> articles) =>
        new FrameBuilder<PageTableFrame>()
            .Text("article_id", t => t.Article.Id)
            .Date("published", t => t.Article.Published)
            .Text("source", t => Path.GetFileName(t.Article.Source))
            .Text("title", t => t.Article.Title)
            .Text("caption", t => t.Table.Caption)
            .Int("rows", t => t.Table.Rows.Count)
            .Int("columns", t => t.Frame.Columns.Count)
            .Int("numeric_columns", t => t.Frame.Columns.Count(c => c is DoubleDataFrameColumn))
            .Int("first_line", t => t.Table.Lines.First)
            .Int("last_line", t => t.Table.Lines.Last)
            .Build(All(articles));

    /// <summary>The table's cells with its header as column names (blank or repeated names made unique).</summary>
    public static DataFrame ToDataFrame(PageTable table)
    {
        var width = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        var names = ColumnNames(table.Header, width);
        var columns = new List<DataFrameColumn>(width);
        for (var c = 0; c < width; c++)
        {
            var cells = table.Rows.Select(r => c < r.Count && !string.IsNullOrWhiteSpace(r[c]) ? r[c].Trim() : null).ToList();
            var numbers = cells.Select(ParseNumber).ToList();
            var numeric = cells.Any(x => x is not null) && cells.Zip(numbers).All(p => p.First is null || p.Second is not null);
            columns.Add(numeric ? new DoubleDataFrameColumn(names[c], numbers) : new StringDataFrameColumn(names[c], cells));
        }
        return new DataFrame(columns);
    }

    /// <summary>
    /// One row per cell: table, row and column labels (first cell of the row, header of the column), the text,
    /// and its value: the plain number, else the one quantity in it (奖100万元 → 1000000 CNY) with its unit.
    /// </summary>
    public static DataFrame Cells(IEnumerable<Article> articles) =>
        new FrameBuilder<TableCell>()
            .Text("article_id", c => c.Table.Article.Id)
            .Date("published", c => c.Table.Article.Published)
            .Text("table", c => c.Table.Name)
            .Int("row", c => c.Row)
            .Text("row_label", c => c.RowLabel)
            .Text("column", c => c.Column)
            .Text("text", c => c.Text)
            .Number("value", c => c.Value)
            .Text("unit", c => c.Unit)
            .Build(All(articles).SelectMany(TableCell.Of));

    /// <summary>A plain number in a cell ("105487.7", "1,520", "35%"); null for text or an empty cell.</summary>
    public static double? ParseNumber(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return null;
        var s = cell.Trim().Replace(",", "").Replace("，", "").TrimEnd('%', '％');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static List<string> ColumnNames(IReadOnlyList<string> header, int width)
    {
        var names = new List<string>(width);
        var seen = new HashSet<string>();
        for (var c = 0; c < width; c++)
        {
            var name = c < header.Count && !string.IsNullOrWhiteSpace(header[c]) ? header[c].Trim() : $"column{c + 1}";
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name}_{n}";
            names.Add(unique);
        }
        return names;
    }

    /// <summary>The value of a cell: a plain number (no unit), else its only quantity (value, canonical unit); null otherwise.</summary>
    public static (double Value, string? Unit)? CellValue(string? cell)
    {
        if (ParseNumber(cell) is { } number) return (number, null);
        if (string.IsNullOrWhiteSpace(cell)) return null;
        var quantities = TextFacts.Of(cell).Quantities;
        return quantities is [{ Value: { } value } quantity] ? ((double)value, quantity.Unit) : null;
    }

    internal sealed record TableCell(PageTableFrame Table, int Row, string? RowLabel, string Column, string Text)
    {
        private readonly (double Value, string? Unit)? _value = CellValue(Text);

        public double? Value => _value?.Value;

        public string? Unit => _value?.Unit;

        public static IEnumerable<TableCell> Of(PageTableFrame table)
        {
            var names = table.Frame.Columns.Select(c => c.Name).ToList();
            for (var r = 0; r < table.Table.Rows.Count; r++)
            {
                var row = table.Table.Rows[r];
                var label = row.Count > 0 ? row[0].Trim() : null;
                for (var c = 1; c < row.Count; c++)
                    if (!string.IsNullOrWhiteSpace(row[c]))
                        yield return new TableCell(table, r + 1, label, names[c], row[c].Trim());
            }
        }
    }
}
