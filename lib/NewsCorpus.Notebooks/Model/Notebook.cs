using System.Text.Json.Nodes;

namespace NewsCorpus.Notebooks.Model;

/// <summary>A notebook: ordered cells plus the notebook-level metadata (kernelspec, language_info, polyglot_notebook), kept as JSON so nothing a reader did not understand is lost.</summary>
public sealed class Notebook
{
    public List<NotebookCell> Cells { get; } = [];

    public JsonObject Metadata { get; init; } = [];

    /// <summary>The kernel that runs cells which do not name one (Polyglot's defaultKernelName).</summary>
    public string DefaultKernel { get; set; } = KernelNames.CSharp;
}

/// <summary>One cell: its kind, source, the kernel that runs it, its metadata and (after a run) its outputs.</summary>
public sealed class NotebookCell
{
    public required CellKind Kind { get; init; }

    public required string Source { get; set; }

    /// <summary>Stable id (nbformat 4.5: 1–64 characters of [A-Za-z0-9_-]).</summary>
    public string Id { get; set; } = "";

    /// <summary>Kernel name for code cells (csharp, fsharp, …); "markdown" for markdown cells.</summary>
    public string Kernel { get; set; } = KernelNames.CSharp;

    public JsonObject Metadata { get; init; } = [];

    public List<CellOutput> Outputs { get; } = [];

    public int? ExecutionCount { get; set; }
}

public enum CellKind { Code, Markdown, Raw }

/// <summary>Kernel names as Polyglot writes them, and the aliases it accepts.</summary>
public static class KernelNames
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp, ["c#"] = CSharp, ["markdown"] = Markdown, ["md"] = Markdown,
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["pwsh"] = "pwsh", ["powershell"] = "pwsh",
        ["javascript"] = "javascript", ["js"] = "javascript", ["html"] = "html", ["sql"] = "sql", ["kql"] = "kql",
        ["mermaid"] = "mermaid", ["http"] = "http", ["value"] = "value",
    };

    /// <summary>True for the names Polyglot uses as cell separators in .dib files and as cell-kernel magics (#!csharp).</summary>
    public static bool IsKernel(string name) => Aliases.ContainsKey(name);

    /// <summary>The canonical name for a kernel name or alias; unknown names are kept as written.</summary>
    public static string Canonical(string name) => Aliases.GetValueOrDefault(name, name);
}
