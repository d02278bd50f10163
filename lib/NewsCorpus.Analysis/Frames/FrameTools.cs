using Microsoft.Data.Analysis;

namespace NewsCorpus.Analysis.Frames;

/// <summary>
/// Short, empty-safe operations for notebook cells: count values of a column, keep rows where a column
/// equals a value, take the rows with the largest values.
/// </summary>
public static class FrameTools
{
    /// <summary>How often each value of <paramref name="column"/> occurs (nulls as "(none)"), most frequent first.</summary>
    public static DataFrame CountBy(this DataFrame frame, string column, int? top = null)
    {
        var counts = Enumerable.Range(0, (int)frame.Rows.Count)
            .GroupBy(r => frame[column][r]?.ToString() ?? "(none)")
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Value, StringComparer.Ordinal)
            .Take(top ?? int.MaxValue)
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn(column, counts.Select(c => c.Value)),
            new Int32DataFrameColumn("count", counts.Select(c => (int?)c.Count)));
    }

    /// <summary>The rows whose <paramref name="column"/> equals <paramref name="value"/> (an empty frame keeps its columns).</summary>
    public static DataFrame WhereEquals(this DataFrame frame, string column, object value) =>
        Rows(frame, Enumerable.Range(0, (int)frame.Rows.Count).Where(r => Equals(frame[column][r], value)));

    /// <summary>The <paramref name="count"/> rows with the largest <paramref name="column"/> values (nulls last).</summary>
    public static DataFrame Largest(this DataFrame frame, string column, int count = 10) =>
        Rows(frame, Enumerable.Range(0, (int)frame.Rows.Count)
            .Where(r => frame[column][r] is not null)
            .OrderByDescending(r => (IComparable)frame[column][r])
            .Take(count));

    private static DataFrame Rows(DataFrame frame, IEnumerable<int> rows)
    {
        var indices = new Int32DataFrameColumn("rows", rows.Select(r => (int?)r));
        // Clone with no indices throws; an empty frame is its columns sliced to nothing.
        return indices.Length > 0
            ? new DataFrame(frame.Columns.Select(c => c.Clone(indices)))
            : new DataFrame(frame.Columns.Select(c => c.Clone(new BooleanDataFrameColumn("none", frame.Rows.Count))));
    }
}
