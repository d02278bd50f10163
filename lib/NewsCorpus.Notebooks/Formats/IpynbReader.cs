using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Formats;

/// <summary>Reads a Jupyter/Polyglot .ipynb (nbformat 4) into a <see cref="Notebook"/>, keeping all metadata.</summary>
public static class IpynbReader
{
    public static Notebook Read(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?.AsObject()
                   ?? throw new FormatException("not a JSON object");
        if (root["nbformat"]?.GetValue<int>() is { } major && major != 4)
            throw new FormatException($"nbformat {major} is not supported (only 4)");
        var metadata = root["metadata"] as JsonObject ?? [];
        var notebook = new Notebook
        {
            Metadata = (JsonObject)metadata.DeepClone(),
            DefaultKernel = KernelNames.Canonical(
                metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>() ?? KernelNames.CSharp),
        };
        var cells = root["cells"] as JsonArray ?? throw new FormatException("no \"cells\" array");
        foreach (var node in cells)
            if (node is JsonObject cell) notebook.Cells.Add(ReadCell(cell, notebook.DefaultKernel));
        return notebook;
    }

    private static NotebookCell ReadCell(JsonObject cell, string defaultKernel)
    {
        var kind = cell["cell_type"]?.GetValue<string>() switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw new FormatException($"unknown cell_type \"{other}\""),
        };
        var metadata = (JsonObject)(cell["metadata"] as JsonObject ?? []).DeepClone();
        var kernel = metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                     ?? metadata["dotnet_interactive"]?["language"]?.GetValue<string>()
                     ?? (kind == CellKind.Markdown ? KernelNames.Markdown : defaultKernel);
        var result = new NotebookCell
        {
            Kind = kind,
            Source = MultilineText(cell["source"]),
            Id = cell["id"]?.GetValue<string>() ?? "",
            Kernel = KernelNames.Canonical(kernel),
            Metadata = metadata,
            ExecutionCount = cell["execution_count"]?.GetValue<int?>(),
        };
        if (cell["outputs"] is JsonArray outputs)
            foreach (var output in outputs.OfType<JsonObject>())
                if (ReadOutput(output) is { } read) result.Outputs.Add(read);
        return result;
    }

    private static CellOutput? ReadOutput(JsonObject output) => output["output_type"]?.GetValue<string>() switch
    {
        "stream" => new StreamOutput(output["name"]?.GetValue<string>() ?? StreamOutput.StdOut, MultilineText(output["text"])),
        "display_data" => new DisplayOutput(ReadData(output["data"])),
        "execute_result" => new DisplayOutput(ReadData(output["data"]), output["execution_count"]?.GetValue<int?>() ?? 0),
        "error" => new ErrorOutput(
            output["ename"]?.GetValue<string>() ?? "",
            output["evalue"]?.GetValue<string>() ?? "",
            (output["traceback"] as JsonArray ?? []).Select(line => line?.GetValue<string>() ?? "").ToList()),
        _ => null,
    };

    private static Dictionary<string, string> ReadData(JsonNode? data) =>
        (data as JsonObject ?? []).ToDictionary(pair => pair.Key, pair => DataText(pair.Value));

    /// <summary>MIME data is a string, a list of lines, or (for JSON MIME types) a JSON value.</summary>
    private static string DataText(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray array when array.All(item => item?.GetValueKind() == JsonValueKind.String) => MultilineText(array),
        null => "",
        _ => value.ToJsonString(),
    };

    /// <summary>nbformat stores multi-line text either as one string or as a list of lines that concatenate to it.</summary>
    internal static string MultilineText(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };
}
