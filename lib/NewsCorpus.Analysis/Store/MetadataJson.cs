using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsCorpus.Serialization;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// The JSON kept in the store's bylines, page_info, web and tables columns: the article's nested
/// metadata, in the field names of the parse output, readable with DuckDB's JSON functions.
/// </summary>
internal static class MetadataJson
{
    public static string? Bylines(IReadOnlyList<Byline> bylines) => bylines.Count == 0 ? null : Write(w =>
    {
        w.WriteStartArray();
        foreach (var b in bylines)
        {
            w.WriteStartObject();
            w.WriteString("name", b.Name);
            w.WriteString("role", b.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public static IReadOnlyList<Byline> ReadBylines(string? json) => json is null ? [] : Read(json, root =>
        root.EnumerateArray().Select(b => new Byline(b.GetProperty("name").GetString()!, b.GetProperty("role").GetString()!)).ToList());

    /// <summary>Line ranges as [first, last] pairs.</summary>
    public static string? Parts(IReadOnlyList<LineRange> parts) => parts.Count == 0 ? null : Write(w =>
    {
        w.WriteStartArray();
        foreach (var part in parts) WriteRange(w, part);
        w.WriteEndArray();
    });

    public static IReadOnlyList<LineRange> ReadParts(string? json) => json is null ? [] : Read(json, root =>
        root.EnumerateArray().Select(ReadRange).ToList());

    /// <summary>Staff is an array of [role, name] pairs, so order and repeated roles survive.</summary>
    public static string? PageInfo(PageInfo? page) => page is null ? null : Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", page.Title);
        w.WriteString("date", page.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("weekday", page.Weekday);
        w.WriteStartArray("staff");
        foreach (var (role, name) in page.Staff)
        {
            w.WriteStartArray();
            w.WriteStringValue(role);
            w.WriteStringValue(name);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static PageInfo? ReadPageInfo(string? json) => json is null ? null : Read(json, root => new PageInfo(
        root.GetProperty("title").GetString(),
        root.GetProperty("date").GetString() is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        root.GetProperty("weekday").GetString(),
        root.GetProperty("staff").EnumerateArray().Select(p => KeyValuePair.Create(p[0].GetString()!, p[1].GetString()!)).ToList()));

    public static string? Web(WebInfo? web) => web is null ? null : Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("timestamp", web.Timestamp?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        w.WriteString("origin", web.Origin);
        w.WriteString("editor", web.Editor);
        if (web.Views is int v) w.WriteNumber("views", v); else w.WriteNull("views");
        w.WriteString("footer", web.Footer);
        w.WriteEndObject();
    });

    public static WebInfo? ReadWeb(string? json) => json is null ? null : Read(json, root => new WebInfo(
        root.GetProperty("timestamp").GetString() is { } t ? DateTime.Parse(t, CultureInfo.InvariantCulture) : null,
        root.GetProperty("origin").GetString(),
        root.GetProperty("editor").GetString(),
        root.GetProperty("views").ValueKind == JsonValueKind.Number ? root.GetProperty("views").GetInt32() : null,
        root.GetProperty("footer").GetString()));

    /// <summary>The tables in the shape of the JSON output (<see cref="ArticleJsonWriter.WriteTable"/>).</summary>
    public static string? Tables(IReadOnlyList<PageTable> tables) => tables.Count == 0 ? null : Write(w =>
    {
        w.WriteStartArray();
        foreach (var t in tables) ArticleJsonWriter.WriteTable(w, t);
        w.WriteEndArray();
    });

    public static IReadOnlyList<PageTable> ReadTables(string? json) => json is null ? [] : Read(json, root =>
        root.EnumerateArray().Select(t => new PageTable(
            t.GetProperty("caption").GetString(),
            Strings(t.GetProperty("header")),
            t.GetProperty("rows").EnumerateArray().Select(r => (IReadOnlyList<string>)Strings(r)).ToList(),
            ReadRange(t.GetProperty("lines")))).ToList());

    private static void WriteRange(Utf8JsonWriter w, LineRange range)
    {
        w.WriteStartArray();
        w.WriteNumberValue(range.First);
        w.WriteNumberValue(range.Last);
        w.WriteEndArray();
    }

    private static LineRange ReadRange(JsonElement pair) => new(pair[0].GetInt32(), pair[1].GetInt32());

    /// <summary>A JSON array of strings, as DuckDB's to_json writes a VARCHAR[] column.</summary>
    public static List<string> ReadStrings(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new JsonException("expected a JSON array of strings");
        var strings = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) strings.Add(reader.GetString()!);
        return strings;
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static T Read<T>(string json, Func<JsonElement, T> read)
    {
        using var document = JsonDocument.Parse(json);
        return read(document.RootElement);
    }
}
