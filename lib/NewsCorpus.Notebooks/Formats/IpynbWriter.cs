using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Formats;

/// <summary>Writes a <see cref="Notebook"/> as nbformat 4.5 JSON the way Jupyter does: one-space indent, sorted keys,
/// multi-line text as lists of lines, UTF-8 with Chinese left unescaped.</summary>
public static class IpynbWriter
{
    public const int FormatMajor = 4;
    public const int FormatMinor = 5;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Notebook notebook)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(notebook.Cells.Select(CellJson).ToArray<JsonNode?>()),
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = FormatMajor,
            ["nbformat_minor"] = FormatMinor,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) WriteSorted(writer, root);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void WriteFile(Notebook notebook, string path) =>
        File.WriteAllText(path, Write(notebook), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static JsonObject CellJson(NotebookCell cell)
    {
        var json = new JsonObject
        {
            ["cell_type"] = cell.Kind switch { CellKind.Code => "code", CellKind.Markdown => "markdown", _ => "raw" },
            ["id"] = cell.Id,
            ["metadata"] = cell.Metadata.DeepClone(),
            ["source"] = Lines(cell.Source),
        };
        if (cell.Kind == CellKind.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray(cell.Outputs.Select(OutputJson).ToArray<JsonNode?>());
        }
        return json;
    }

    private static JsonObject OutputJson(CellOutput output) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name, ["output_type"] = "stream", ["text"] = Lines(stream.Text),
        },
        DisplayOutput { ExecutionCount: { } count } result => new JsonObject
        {
            ["data"] = DataJson(result.Data), ["execution_count"] = count, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
        },
        DisplayOutput display => new JsonObject
        {
            ["data"] = DataJson(display.Data), ["metadata"] = new JsonObject(), ["output_type"] = "display_data",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.Name, ["evalue"] = error.Value, ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)line).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "unknown output kind"),
    };

    /// <summary>Text MIME types are lists of lines; binary ones (base64) and JSON ones stay as they are.</summary>
    private static JsonObject DataJson(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mimeType, content) in data)
            json[mimeType] = mimeType.StartsWith("text/", StringComparison.Ordinal) || mimeType == "image/svg+xml"
                ? Lines(content)
                : mimeType.EndsWith("json", StringComparison.Ordinal) ? JsonNode.Parse(content) : content;
        return json;
    }

    /// <summary>Splits text into lines that keep their "\n", as nbformat writes multi-line strings.</summary>
    internal static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array) WriteSorted(writer, item);
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
