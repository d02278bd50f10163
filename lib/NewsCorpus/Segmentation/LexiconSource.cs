using System.Reflection;

namespace NewsCorpus.Segmentation;

/// <summary>
/// Reads the editable data files (data/gazetteer, data/lexicons): from a data directory when one is given,
/// otherwise from the copies embedded in the library. Lines starting with # and blank lines are skipped.
/// </summary>
public sealed class LexiconSource
{
    private LexiconSource(string? dataDirectory) => DataDirectory = dataDirectory;

    /// <summary>The data folder files are read from; null for the embedded copies.</summary>
    public string? DataDirectory { get; }

    /// <summary>The copies of data/ embedded in the library.</summary>
    public static LexiconSource Embedded { get; } = new(null);

    /// <summary>Files under <paramref name="dataDirectory"/> (the folder holding gazetteer/ and lexicons/); null means embedded.</summary>
    public static LexiconSource For(string? dataDirectory) =>
        dataDirectory is null ? Embedded : new LexiconSource(Path.GetFullPath(dataDirectory));

    /// <summary>Data lines of a file such as "gazetteer/places.tsv"; a file missing from the data directory falls back to the embedded copy.</summary>
    public IEnumerable<string> Lines(string relativePath)
    {
        using var reader = Open(relativePath);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            yield return trimmed;
        }
    }

    /// <summary>Whitespace-separated words of a list file (several per line allowed).</summary>
    public IEnumerable<string> Words(string relativePath) =>
        Lines(relativePath).SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Tab-separated rows of a table file; trailing empty cells are kept.</summary>
    public IEnumerable<string[]> Rows(string relativePath) => Lines(relativePath).Select(l => l.Split('\t'));

    /// <summary>The items of a comma-separated cell (short forms, aliases); none for an empty or missing cell.</summary>
    public static string[] List(string? cell) =>
        cell?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Files of a folder such as "lexicons/topics" with the given extension, by relative path.</summary>
    public IReadOnlyList<string> Files(string relativeFolder, string extension)
    {
        if (DataDirectory is not null)
        {
            var folder = Path.Combine(DataDirectory, relativeFolder);
            if (Directory.Exists(folder))
                return [.. Directory.EnumerateFiles(folder, "*" + extension).Order(StringComparer.Ordinal)
                    .Select(f => relativeFolder + "/" + Path.GetFileName(f))];
        }
        var prefix = ResourcePrefix + relativeFolder + "/";
        return [.. ResourceNames.Keys
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];
    }

    private const string ResourcePrefix = "data/";

    private static Assembly Assembly => typeof(LexiconSource).Assembly;

    /// <summary>Embedded resource names by their path with forward slashes (MSBuild writes the host's separator).</summary>
    private static readonly Dictionary<string, string> ResourceNames =
        Assembly.GetManifestResourceNames().ToDictionary(n => n.Replace('\\', '/'), n => n);

    private StreamReader Open(string relativePath)
    {
        if (DataDirectory is not null)
        {
            var file = Path.Combine(DataDirectory, relativePath);
            if (File.Exists(file)) return new StreamReader(file, System.Text.Encoding.UTF8);
        }
        var stream = (ResourceNames.TryGetValue(ResourcePrefix + relativePath, out var name) ? Assembly.GetManifestResourceStream(name) : null)
            ?? throw new FileNotFoundException($"no data file {relativePath} in {DataDirectory ?? "the embedded data"}", relativePath);
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
