using System.Text.Json;
using NewsCorpus.Decoding;
using NewsCorpus.Serialization;

namespace NewsCorpus.Pipeline;

/// <summary>
/// The JSON form of a <see cref="ParseReport"/>:
/// <c>{ "summary": { "files", "articles", "parsed", "partial", "duplicate", "empty", "unreadable" },
/// "files": [ { "path", "status", "encoding", "newlines", "layout", "bytes", "contentHash", "duplicateOf",
/// "articles", "diagnostics": [ { "line", "byteOffset", "severity", "code", "reason" } ] } ],
/// "runDiagnostics": [ { "source", "line", "byteOffset", "severity", "code", "reason" } ] }</c>.
/// </summary>
public static class ParseReportJson
{
    public static void Write(ParseReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ArticleJsonWriter.Options with { Indented = true });
        Write(w, report);
    }

    public static void Write(ParseReport report, string path)
    {
        using var file = File.Create(path);
        Write(report, file);
    }

    public static string ToJson(ParseReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ParseReport report)
    {
        w.WriteStartObject();
        w.WriteStartObject("summary");
        w.WriteNumber("files", report.Files.Count);
        w.WriteNumber("articles", report.ArticleCount);
        foreach (var (status, count) in report.StatusCounts) w.WriteNumber(status.Code(), count);
        w.WriteEndObject();
        w.WriteStartArray("files");
        foreach (var file in report.Files) Write(w, file);
        w.WriteEndArray();
        w.WriteStartArray("runDiagnostics");
        foreach (var d in report.RunDiagnostics) Write(w, d, withSource: true);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, FileReport file)
    {
        w.WriteStartObject();
        w.WriteString("path", file.Path);
        w.WriteString("status", file.Status.Code());
        w.WriteString("encoding", file.Encoding);
        w.WriteString("newlines", file.Newlines.Code());
        w.WriteString("layout", file.Layout.Code());
        if (file.ByteCount is long bytes) w.WriteNumber("bytes", bytes); else w.WriteNull("bytes");
        w.WriteString("contentHash", file.ContentHash);
        w.WriteString("duplicateOf", file.DuplicateOf);
        w.WriteNumber("articles", file.ArticleCount);
        w.WriteStartArray("diagnostics");
        foreach (var d in file.Diagnostics) Write(w, d, withSource: false);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, Diagnostic d, bool withSource)
    {
        w.WriteStartObject();
        if (withSource) w.WriteString("source", d.Source);
        if (d.Line is int line) w.WriteNumber("line", line); else w.WriteNull("line");
        if (d.ByteOffset is long offset) w.WriteNumber("byteOffset", offset); else w.WriteNull("byteOffset");
        w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        w.WriteString("code", d.Code);
        w.WriteString("reason", d.Message);
        w.WriteEndObject();
    }
}
