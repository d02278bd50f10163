using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Formats;

/// <summary>Loads a notebook by its extension (.ipynb or .dib).</summary>
public static class NotebookFile
{
    public static readonly IReadOnlyList<string> Extensions = [".ipynb", ".dib"];

    public static bool IsNotebook(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static Notebook Load(string path)
    {
        var text = File.ReadAllText(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".ipynb" => IpynbReader.Read(text),
            ".dib" => DibFormat.Read(text),
            var other => throw new NotSupportedException($"{other} is not a notebook format (use .ipynb or .dib)"),
        };
    }
}
