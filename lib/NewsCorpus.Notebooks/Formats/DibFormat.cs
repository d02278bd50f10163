using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Formats;

/// <summary>Polyglot's plain-text .dib format: cells start with a "#!kernel" line (#!csharp, #!markdown, …),
/// "#!meta" holds the notebook's kernel info as JSON. A .dib has no outputs.</summary>
public static partial class DibFormat
{
    private const string MetaKernel = "meta";

    public static Notebook Read(string text)
    {
        var notebook = new Notebook();
        string? kernel = null;
        var body = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var magic = CellMagic().Match(line);
            if (magic.Success && (magic.Groups[1].Value == MetaKernel || KernelNames.IsKernel(magic.Groups[1].Value)))
            {
                AddCell(notebook, kernel, body.ToString());
                kernel = magic.Groups[1].Value;
                body.Clear();
            }
            else body.Append(line).Append('\n');
        }
        AddCell(notebook, kernel, body.ToString());
        return notebook;
    }

    public static string Write(Notebook notebook)
    {
        var text = new StringBuilder();
        if (notebook.Metadata["polyglot_notebook"] is JsonObject polyglot)
            text.Append("#!meta\n\n").Append(polyglot.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).Append("\n\n");
        foreach (var cell in notebook.Cells)
            text.Append("#!").Append(cell.Kind == CellKind.Markdown ? KernelNames.Markdown : cell.Kernel).Append("\n\n")
                .Append(cell.Source.TrimEnd('\n')).Append("\n\n");
        return text.ToString();
    }

    private static void AddCell(Notebook notebook, string? kernel, string body)
    {
        var source = body.Trim('\n');
        if (kernel == MetaKernel)
        {
            if (JsonNode.Parse(source) is JsonObject meta)
            {
                notebook.Metadata["polyglot_notebook"] = meta;
                if (meta["kernelInfo"]?["defaultKernelName"]?.GetValue<string>() is { } defaultKernel)
                    notebook.DefaultKernel = KernelNames.Canonical(defaultKernel);
            }
            return;
        }
        // Text before the first magic line belongs to the default kernel, but only if there is any.
        if (kernel is null && source.Length == 0) return;
        var name = KernelNames.Canonical(kernel ?? notebook.DefaultKernel);
        notebook.Cells.Add(new NotebookCell
        {
            Kind = name == KernelNames.Markdown ? CellKind.Markdown : CellKind.Code,
            Source = source,
            Kernel = name,
        });
    }

    [GeneratedRegex(@"^#!([A-Za-z#][\w#-]*)\s*$")]
    private static partial Regex CellMagic();
}
