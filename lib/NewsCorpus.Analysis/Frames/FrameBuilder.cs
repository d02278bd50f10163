using Microsoft.Data.Analysis;

namespace NewsCorpus.Analysis.Frames;

/// <summary>
/// Declares typed columns over rows of <typeparamref name="T"/> and builds a DataFrame from them:
/// text as string columns, dates as DateTime columns, counts as Int32, values as Double (nulls kept as missing).
/// </summary>
internal sealed class FrameBuilder<T>
{
    private readonly List<Func<IReadOnlyList<T>, DataFrameColumn>> _columns = [];

    public FrameBuilder<T> Text(string name, Func<T, string?> value) =>
        Add(rows => new StringDataFrameColumn(name, rows.Select(value)));

    public FrameBuilder<T> Date(string name, Func<T, DateOnly?> value) =>
        Add(rows => new PrimitiveDataFrameColumn<DateTime>(name, rows.Select(r => value(r)?.ToDateTime(TimeOnly.MinValue))));

    public FrameBuilder<T> DateTime(string name, Func<T, DateTime?> value) =>
        Add(rows => new PrimitiveDataFrameColumn<DateTime>(name, rows.Select(value)));

    public FrameBuilder<T> Int(string name, Func<T, int?> value) =>
        Add(rows => new Int32DataFrameColumn(name, rows.Select(value)));

    public FrameBuilder<T> Number(string name, Func<T, double?> value) =>
        Add(rows => new DoubleDataFrameColumn(name, rows.Select(value)));

    public FrameBuilder<T> Bool(string name, Func<T, bool?> value) =>
        Add(rows => new BooleanDataFrameColumn(name, rows.Select(value)));

    public DataFrame Build(IEnumerable<T> rows)
    {
        var list = rows as IReadOnlyList<T> ?? [.. rows];
        return new DataFrame(_columns.Select(c => c(list)));
    }

    private FrameBuilder<T> Add(Func<IReadOnlyList<T>, DataFrameColumn> column)
    {
        _columns.Add(column);
        return this;
    }
}
