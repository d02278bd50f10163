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
        w.WriteString(Names.Id, a.Id);
        w.WriteString(Names.Source, a.Source);
        w.WriteString(Names.Layout, a.Layout.Code());
        WriteDate(w, Names.Published, a.Published);
        if (a.PublishedFrom == PublishedFrom.None) w.WriteNull(Names.PublishedFrom);
        else w.WriteString(Names.PublishedFrom, a.PublishedFrom switch
        {
            PublishedFrom.FileName => "filename",
            var p => p.ToString().ToLowerInvariant(),
        });
        w.WriteString(Names.PublishedEvidence, a.PublishedEvidence);
        w.WriteString(Names.Paper, a.Paper);
        w.WriteString(Names.Page, a.Page);
        w.WriteString(Names.PageTitle, a.PageTitle);
        w.WriteString(Names.Section, a.Section);
        w.WriteString(Names.Title, a.Title);
        w.WriteString(Names.Subtitle, a.Subtitle);
        w.WriteString(Names.Dateline, a.Dateline);
        w.WriteStartArray(Names.Bylines);
        foreach (var b in a.Bylines)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, b.Name);
            w.WriteString(Names.Role, b.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, Names.Captions, a.Captions);
        WriteStrings(w, Names.Continuations, a.Continuations);
        if (a.PageInfo is { } page)
        {
            w.WriteStartObject(Names.PageInfo);
            w.WriteString(Names.Title, page.Title);
            WriteDate(w, Names.Date, page.Date);
            w.WriteString(Names.Weekday, page.Weekday);
            w.WriteStartObject(Names.Staff);
            foreach (var (role, name) in page.Staff) w.WriteString(role, name);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        if (a.Web is { } web)
        {
            w.WriteStartObject(Names.Web);
            if (web.Timestamp is { } ts) w.WriteString(Names.Timestamp, ts.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            else w.WriteNull(Names.Timestamp);
            w.WriteString(Names.Origin, web.Origin);
            w.WriteString(Names.Editor, web.Editor);
            if (web.Views is int v) w.WriteNumber(Names.Views, v); else w.WriteNull(Names.Views);
            w.WriteString(Names.Footer, web.Footer);
            w.WriteEndObject();
        }
        w.WriteStartArray(Names.Lines);
        w.WriteNumberValue(a.Lines.First);
        w.WriteNumberValue(a.Lines.Last);
        w.WriteEndArray();
        if (a.Parts.Count > 0)
        {
            w.WriteStartArray(Names.Parts);
            foreach (var part in a.Parts)
            {
                w.WriteStartArray();
                w.WriteNumberValue(part.First);
                w.WriteNumberValue(part.Last);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        WriteLines(w, Names.Text, a.Text);
        WriteDates(w, a.Dates);
        WriteQuantities(w, a.Quantities);
        w.WriteStartArray(Names.Places);
        foreach (var p in a.Places)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, p.Name);
            w.WriteString(Names.Parent, p.Parent);
            w.WriteString(Names.Level, p.Level);
            WriteSpan(w, p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.Organizations);
        foreach (var o in a.Organizations)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, o.Name);
            w.WriteString(Names.Alias, o.Alias);
            WriteSpan(w, o.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.People);
        foreach (var p in a.People)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, p.Name);
            w.WriteString(Names.Title, p.Title);
            WriteSpan(w, p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.Topics);
        foreach (var t in a.Topics)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, t.Name);
            w.WriteNumber(Names.Score, Math.Round(t.Score, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (a.Tables.Count > 0)
        {
            w.WriteStartArray(Names.Tables);
            foreach (var t in a.Tables) WriteTable(w, t);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>A page table as an object: caption, header, rows of cells, lines [first, last].</summary>
    public static void WriteTable(Utf8JsonWriter w, PageTable t)
    {
        w.WriteStartObject();
        w.WriteString(Names.Caption, t.Caption);
        WriteStrings(w, Names.Header, t.Header);
        w.WriteStartArray(Names.Rows);
        foreach (var row in t.Rows)
        {
            w.WriteStartArray();
            foreach (var cell in row) w.WriteStringValue(cell);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.Lines);
        w.WriteNumberValue(t.Lines.First);
        w.WriteNumberValue(t.Lines.Last);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteDates(Utf8JsonWriter w, IReadOnlyList<DateMention> dates)
    {
        w.WriteStartArray(Names.Dates);
        foreach (var d in dates)
        {
            w.WriteStartObject();
            w.WriteString(Names.Text, d.Text);
            w.WriteString(Names.Start, d.Start);
            w.WriteString(Names.End, d.End);
            w.WriteString(Names.Grain, d.Grain);
            if (d.Vague) w.WriteBoolean(Names.Vague, true);
            WriteSpan(w, d.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteQuantities(Utf8JsonWriter w, IReadOnlyList<Quantity> quantities)
    {
        w.WriteStartArray(Names.Quantities);
        foreach (var q in quantities)
        {
            w.WriteStartObject();
            w.WriteString(Names.Text, q.Text);
            WriteDecimal(w, Names.Value, q.Value);
            w.WriteString(Names.Unit, q.Unit);
            w.WriteString(Names.Approx, q.Approx);
            WriteDecimal(w, Names.Min, q.Min);
            WriteDecimal(w, Names.Max, q.Max);
            w.WriteString(Names.Kind, q.Kind);
            WriteSpan(w, q.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDecimal(Utf8JsonWriter w, JsonEncodedText name, decimal? value)
    {
        if (value is decimal d) w.WriteNumber(name, d / 1.000000000000000000000000000000000m);
        else w.WriteNull(name);
    }

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteSpan(Utf8JsonWriter w, Span span)
    {
        w.WriteStartArray(Names.Span);
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    /// <summary>
    /// A text of many lines, written a line at a time. Its first newline would otherwise send all of the
    /// rest through the writer's character-by-character escaper; this way only the newlines go there.
    /// </summary>
    private static void WriteLines(Utf8JsonWriter w, JsonEncodedText name, string? text)
    {
        if (text is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        var rest = text.AsSpan();
        for (var end = rest.IndexOf('\n'); end >= 0; end = rest.IndexOf('\n'))
        {
            w.WriteStringValueSegment(rest[..(end + 1)], isFinalSegment: false);
            rest = rest[(end + 1)..];
        }
        w.WriteStringValueSegment(rest, isFinalSegment: true);
    }

    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>Property names encoded once: the writer otherwise transcodes and checks every name of every article.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Alias = JsonEncodedText.Encode("alias");
        public static readonly JsonEncodedText Approx = JsonEncodedText.Encode("approx");
        public static readonly JsonEncodedText Bylines = JsonEncodedText.Encode("bylines");
        public static readonly JsonEncodedText Caption = JsonEncodedText.Encode("caption");
        public static readonly JsonEncodedText Captions = JsonEncodedText.Encode("captions");
        public static readonly JsonEncodedText Continuations = JsonEncodedText.Encode("continuations");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Dateline = JsonEncodedText.Encode("dateline");
        public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");
        public static readonly JsonEncodedText Editor = JsonEncodedText.Encode("editor");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Footer = JsonEncodedText.Encode("footer");
        public static readonly JsonEncodedText Grain = JsonEncodedText.Encode("grain");
        public static readonly JsonEncodedText Header = JsonEncodedText.Encode("header");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Layout = JsonEncodedText.Encode("layout");
        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
        public static readonly JsonEncodedText Lines = JsonEncodedText.Encode("lines");
        public static readonly JsonEncodedText Max = JsonEncodedText.Encode("max");
        public static readonly JsonEncodedText Min = JsonEncodedText.Encode("min");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Organizations = JsonEncodedText.Encode("organizations");
        public static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
        public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
        public static readonly JsonEncodedText PageInfo = JsonEncodedText.Encode("pageInfo");
        public static readonly JsonEncodedText PageTitle = JsonEncodedText.Encode("pageTitle");
        public static readonly JsonEncodedText Paper = JsonEncodedText.Encode("paper");
        public static readonly JsonEncodedText Parent = JsonEncodedText.Encode("parent");
        public static readonly JsonEncodedText Parts = JsonEncodedText.Encode("parts");
        public static readonly JsonEncodedText People = JsonEncodedText.Encode("people");
        public static readonly JsonEncodedText Places = JsonEncodedText.Encode("places");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText PublishedEvidence = JsonEncodedText.Encode("publishedEvidence");
        public static readonly JsonEncodedText PublishedFrom = JsonEncodedText.Encode("publishedFrom");
        public static readonly JsonEncodedText Quantities = JsonEncodedText.Encode("quantities");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Rows = JsonEncodedText.Encode("rows");
        public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
        public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Staff = JsonEncodedText.Encode("staff");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Subtitle = JsonEncodedText.Encode("subtitle");
        public static readonly JsonEncodedText Tables = JsonEncodedText.Encode("tables");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Topics = JsonEncodedText.Encode("topics");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Vague = JsonEncodedText.Encode("vague");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Views = JsonEncodedText.Encode("views");
        public static readonly JsonEncodedText Web = JsonEncodedText.Encode("web");
        public static readonly JsonEncodedText Weekday = JsonEncodedText.Encode("weekday");
    }
}
