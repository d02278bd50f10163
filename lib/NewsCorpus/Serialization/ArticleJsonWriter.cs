using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsCorpus.Serialization;

/// <summary>Writes articles in the JSON schema of DESIGN.md (one object per article, JSON Lines).</summary>
public static class ArticleJsonWriter
{
    /// <summary>Chinese stays readable: only what JSON requires is escaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void Write(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("source", a.Source);
        w.WriteString("layout", a.Layout.Code());
        WriteDate(w, "published", a.Published);
        if (a.PublishedFrom == PublishedFrom.None) w.WriteNull("publishedFrom");
        else w.WriteString("publishedFrom", a.PublishedFrom switch
        {
            PublishedFrom.FileName => "filename",
            var p => p.ToString().ToLowerInvariant(),
        });
        w.WriteString("publishedEvidence", a.PublishedEvidence);
        w.WriteString("paper", a.Paper);
        w.WriteString("page", a.Page);
        w.WriteString("pageTitle", a.PageTitle);
        w.WriteString("section", a.Section);
        w.WriteString("title", a.Title);
        w.WriteString("subtitle", a.Subtitle);
        w.WriteString("dateline", a.Dateline);
        w.WriteStartArray("bylines");
        foreach (var b in a.Bylines)
        {
            w.WriteStartObject();
            w.WriteString("name", b.Name);
            w.WriteString("role", b.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, "captions", a.Captions);
        WriteStrings(w, "continuations", a.Continuations);
        if (a.PageInfo is { } page)
        {
            w.WriteStartObject("pageInfo");
            w.WriteString("title", page.Title);
            WriteDate(w, "date", page.Date);
            w.WriteString("weekday", page.Weekday);
            w.WriteStartObject("staff");
            foreach (var (role, name) in page.Staff) w.WriteString(role, name);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        if (a.Web is { } web)
        {
            w.WriteStartObject("web");
            if (web.Timestamp is { } ts) w.WriteString("timestamp", ts.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            else w.WriteNull("timestamp");
            w.WriteString("origin", web.Origin);
            w.WriteString("editor", web.Editor);
            if (web.Views is int v) w.WriteNumber("views", v); else w.WriteNull("views");
            w.WriteString("footer", web.Footer);
            w.WriteEndObject();
        }
        w.WriteStartArray("lines");
        w.WriteNumberValue(a.Lines.First);
        w.WriteNumberValue(a.Lines.Last);
        w.WriteEndArray();
        if (a.Parts.Count > 0)
        {
            w.WriteStartArray("parts");
            foreach (var part in a.Parts)
            {
                w.WriteStartArray();
                w.WriteNumberValue(part.First);
                w.WriteNumberValue(part.Last);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        w.WriteString("text", a.Text);
        WriteDates(w, a.Dates);
        WriteQuantities(w, a.Quantities);
        w.WriteStartArray("places");
        foreach (var p in a.Places)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("parent", p.Parent);
            w.WriteString("level", p.Level);
            WriteSpan(w, p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("organizations");
        foreach (var o in a.Organizations)
        {
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteString("alias", o.Alias);
            WriteSpan(w, o.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("people");
        foreach (var p in a.People)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("title", p.Title);
            WriteSpan(w, p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("topics");
        foreach (var t in a.Topics)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteNumber("score", Math.Round(t.Score, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (a.Tables.Count > 0)
        {
            w.WriteStartArray("tables");
            foreach (var t in a.Tables) WriteTable(w, t);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>A page table as an object: caption, header, rows of cells, lines [first, last].</summary>
    public static void WriteTable(Utf8JsonWriter w, PageTable t)
    {
        w.WriteStartObject();
        w.WriteString("caption", t.Caption);
        WriteStrings(w, "header", t.Header);
        w.WriteStartArray("rows");
        foreach (var row in t.Rows)
        {
            w.WriteStartArray();
            foreach (var cell in row) w.WriteStringValue(cell);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("lines");
        w.WriteNumberValue(t.Lines.First);
        w.WriteNumberValue(t.Lines.Last);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteDates(Utf8JsonWriter w, IReadOnlyList<DateMention> dates)
    {
        w.WriteStartArray("dates");
        foreach (var d in dates)
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            w.WriteString("start", d.Start);
            w.WriteString("end", d.End);
            w.WriteString("grain", d.Grain);
            if (d.Vague) w.WriteBoolean("vague", true);
            WriteSpan(w, d.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteQuantities(Utf8JsonWriter w, IReadOnlyList<Quantity> quantities)
    {
        w.WriteStartArray("quantities");
        foreach (var q in quantities)
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            WriteDecimal(w, "value", q.Value);
            w.WriteString("unit", q.Unit);
            w.WriteString("approx", q.Approx);
            WriteDecimal(w, "min", q.Min);
            WriteDecimal(w, "max", q.Max);
            w.WriteString("kind", q.Kind);
            WriteSpan(w, q.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDecimal(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal d) w.WriteNumber(name, d / 1.000000000000000000000000000000000m);
        else w.WriteNull(name);
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteSpan(Utf8JsonWriter w, Span span)
    {
        w.WriteStartArray("span");
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
