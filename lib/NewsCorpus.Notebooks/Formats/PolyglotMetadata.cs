using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Formats;

/// <summary>Makes a notebook's metadata what VS Code's Polyglot extension and nbconvert expect, keeping everything else:
/// kernelspec ".net-csharp", language_info "C#" (nbconvert highlights only that), Polyglot kernel info,
/// a kernelName on every code cell, and a unique nbformat 4.5 id on every cell.</summary>
public static partial class PolyglotMetadata
{
    public static void Normalize(Notebook notebook)
    {
        var metadata = notebook.Metadata;
        metadata["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" };
        var languageInfo = metadata["language_info"] as JsonObject ?? [];
        languageInfo["name"] = "C#";
        languageInfo["file_extension"] = ".cs";
        languageInfo["mimetype"] = "text/x-csharp";
        languageInfo["pygments_lexer"] = "csharp";
        metadata["language_info"] = languageInfo;
        var polyglot = metadata["polyglot_notebook"] as JsonObject ?? [];
        var kernelInfo = polyglot["kernelInfo"] as JsonObject ?? [];
        kernelInfo["defaultKernelName"] ??= notebook.DefaultKernel;
        kernelInfo["items"] ??= new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = KernelNames.CSharp });
        polyglot["kernelInfo"] = kernelInfo;
        metadata["polyglot_notebook"] = polyglot;

        foreach (var cell in notebook.Cells.Where(cell => cell.Kind == CellKind.Code))
        {
            var cellPolyglot = cell.Metadata["polyglot_notebook"] as JsonObject ?? [];
            cellPolyglot["kernelName"] = cell.Kernel;
            cell.Metadata["polyglot_notebook"] = cellPolyglot;
        }
        AssignIds(notebook);
    }

    /// <summary>Keeps valid unique ids; gives the others an id derived from the cell's position and source, so re-renders do not churn.</summary>
    internal static void AssignIds(Notebook notebook)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (ValidId().IsMatch(cell.Id) && seen.Add(cell.Id)) continue;
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{i}\n{cell.Source}")));
            var id = hash[..12];
            for (var n = 2; !seen.Add(id); n++) id = $"{hash[..12]}-{n}";
            cell.Id = id;
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidId();
}
