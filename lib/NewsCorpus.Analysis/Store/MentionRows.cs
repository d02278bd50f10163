using DuckDB.NET.Data;

namespace NewsCorpus.Analysis.Store;

/// <summary>Appends an article's mentions to the mentions table, one row each (column order of <see cref="StoreSchema"/>).</summary>
internal static class MentionRows
{
    public static void Append(DuckDBAppender appender, long key, string path, Article a)
    {
        var text = a.Normalized ?? a.Body;
        for (var i = 0; i < a.Dates.Count; i++)
        {
            var d = a.Dates[i];
            Start(appender, key, path, MentionKinds.Date, i, d.Text, null)
                .AppendValue(d.Start).AppendValue(d.End).AppendValue(d.Grain).AppendValue(d.Vague)
                .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
                .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
                .End(text, d.Span);
        }
        for (var i = 0; i < a.Quantities.Count; i++)
        {
            var q = a.Quantities[i];
            Start(appender, key, path, MentionKinds.Quantity, i, q.Text, null)
                .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
                .AppendValue(q.Value).AppendValue(q.Unit).AppendValue(q.Approx).AppendValue(q.Min).AppendValue(q.Max)
                .AppendValue(q.Kind).AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
                .End(text, q.Span);
        }
        for (var i = 0; i < a.Places.Count; i++)
        {
            var p = a.Places[i];
            Entity(appender, key, path, MentionKinds.Place, i, text, p.Name, p.Span)
                .AppendValue(p.Parent).AppendValue(p.Level).AppendNullValue().AppendNullValue().AppendNullValue()
                .End(text, p.Span);
        }
        for (var i = 0; i < a.Organizations.Count; i++)
        {
            var o = a.Organizations[i];
            Entity(appender, key, path, MentionKinds.Organization, i, text, o.Name, o.Span)
                .AppendNullValue().AppendNullValue().AppendValue(o.Alias).AppendNullValue().AppendNullValue()
                .End(text, o.Span);
        }
        for (var i = 0; i < a.People.Count; i++)
        {
            var p = a.People[i];
            Entity(appender, key, path, MentionKinds.Person, i, text, p.Name, p.Span)
                .AppendNullValue().AppendNullValue().AppendNullValue().AppendValue(p.Title).AppendNullValue()
                .End(text, p.Span);
        }
        for (var i = 0; i < a.Topics.Count; i++)
        {
            var t = a.Topics[i];
            Entity(appender, key, path, MentionKinds.Topic, i, text, t.Name, null)
                .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendValue(t.Score)
                .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
                .EndRow();
        }
    }

    private static IDuckDBAppenderRow Start(DuckDBAppender appender, long key, string path, string kind, int ord, string? text, string? name) =>
        appender.CreateRow().AppendValue(key).AppendValue(path).AppendValue(kind).AppendValue(ord).AppendValue(text).AppendValue(name);

    /// <summary>An entity row up to its kind-specific columns (parent, level, alias, title, score); its text is what the span covers.</summary>
    private static IDuckDBAppenderRow Entity(DuckDBAppender appender, long key, string path, string kind, int ord, MappedText text, string name, Span? span) =>
        Start(appender, key, path, kind, ord, span is { } s && Fits(text, s) ? text.Text[s.Start..s.End] : null, name)
            .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue()
            .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue();

    private static bool Fits(MappedText text, Span span) => span.Start >= 0 && span.Start <= span.End && span.End <= text.Text.Length;

    /// <summary>Ends a mention row with its span in the normalised text and, when the span fits, in the raw text.</summary>
    private static void End(this IDuckDBAppenderRow row, MappedText text, Span span)
    {
        row.AppendValue(span.Start).AppendValue(span.End);
        if (Fits(text, span))
        {
            var (rawStart, rawEnd) = text.ToRaw(span);
            row.AppendValue(rawStart).AppendValue(rawEnd);
        }
        else row.AppendNullValue().AppendNullValue();
        row.EndRow();
    }
}
