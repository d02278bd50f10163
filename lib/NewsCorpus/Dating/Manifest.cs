using System.Globalization;
using System.Text;

namespace NewsCorpus.Dating;

/// <summary>One row of data/manifest.csv: what a file does not state about itself, and where each value came from.</summary>
/// <param name="Line">1-based line of the row in manifest.csv.</param>
/// <param name="PaperSource">Where the paper's name came from.</param>
/// <param name="PublishedSource">Where the publication date came from (e.g. "inferred: …", "archive", "editor").</param>
public sealed record ManifestRow(int Line, string File, string? Paper, string? PaperSource, DateOnly? Published, string? PublishedSource, string? Page, string? Note);

/// <summary>
/// data/manifest.csv: CSV with a header (file,paper,published,page,published_source,note); columns are
/// found by name, so more may be added. Rows are matched to sources by file name.
/// </summary>
public sealed class Manifest
{
    public static readonly IReadOnlyList<string> Columns = ["file", "paper", "paper_source", "published", "published_source", "page", "note"];

    private readonly Dictionary<string, ManifestRow> _byFileName;

    private Manifest(string path, IReadOnlyList<ManifestRow> rows, IReadOnlyList<Diagnostic> diagnostics)
    {
        Path = path;
        Rows = rows;
        Diagnostics = diagnostics;
        _byFileName = rows.GroupBy(r => System.IO.Path.GetFileName(r.File)).ToDictionary(g => g.Key, g => g.First());
    }

    public string Path { get; }
    public IReadOnlyList<ManifestRow> Rows { get; }

    /// <summary>Rows that could not be read (bad date, missing file name), with their line.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static Manifest? LoadIfExists(string path) => File.Exists(path) ? Load(path) : null;

    public static Manifest Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8), path);

    public static Manifest Parse(string csv, string path = "manifest.csv")
    {
        var rows = new List<ManifestRow>();
        var diagnostics = new List<Diagnostic>();
        var records = CsvRecords(csv).ToList();
        if (records.Count == 0) return new(path, rows, diagnostics);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        string? Get(List<string> fields, string name)
        {
            var i = header.IndexOf(name);
            return i >= 0 && i < fields.Count && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;
        }
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.All(f => f.Trim().Length == 0)) continue;
            var file = Get(fields, "file");
            if (file is null)
            {
                diagnostics.Add(new(path, line, Severity.Warning, "manifest-row", "row has no file name; ignored"));
                continue;
            }
            DateOnly? published = null;
            if (Get(fields, "published") is { } text)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) published = d;
                else diagnostics.Add(new(path, line, Severity.Error, "manifest-date", $"row {line}: published “{text}” is not a real yyyy-MM-dd date; ignored"));
            }
            rows.Add(new(line, file, Get(fields, "paper"), Get(fields, "paper_source"), published, Get(fields, "published_source"), Get(fields, "page"), Get(fields, "note")));
        }
        return new(path, rows, diagnostics);
    }

    /// <summary>The row for a source path, matched by file name.</summary>
    public ManifestRow? Find(string source) => _byFileName.GetValueOrDefault(System.IO.Path.GetFileName(source));

    /// <summary>RFC 4180 records with the line each starts on (quoted fields may hold commas, quotes and newlines).</summary>
    private static IEnumerable<(int Line, List<string> Fields)> CsvRecords(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (start, fields);
                    fields = [];
                    line++;
                    start = line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
