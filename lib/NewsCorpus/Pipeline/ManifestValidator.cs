using NewsCorpus.Dating;

namespace NewsCorpus.Pipeline;

/// <summary>
/// Checks data/manifest.csv against the corpus: rows that name files not in the raw folder, dates no
/// page can have (after today, before 1900), the same file listed twice, plus the rows the manifest
/// itself could not read. Each diagnostic names manifest.csv and the row's line.
/// </summary>
public static class ManifestValidator
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Validates dataDirectory/manifest.csv against dataDirectory/raw; nothing when there is no manifest.</summary>
    public static IReadOnlyList<Diagnostic> ValidateDataDirectory(string dataDirectory) =>
        Manifest.LoadIfExists(Path.Combine(dataDirectory, "manifest.csv")) is { } manifest
            ? Validate(manifest, Path.Combine(dataDirectory, "raw"), DateOnly.FromDateTime(DateTime.Today))
            : [];

    /// <param name="rawDirectory">Folder the rows' files should be in (searched recursively); null skips that check.</param>
    public static IReadOnlyList<Diagnostic> Validate(Manifest manifest, string? rawDirectory, DateOnly today)
    {
        var diagnostics = new List<Diagnostic>(manifest.Diagnostics);
        var present = rawDirectory is not null && Directory.Exists(rawDirectory)
            ? Directory.EnumerateFiles(rawDirectory, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)
            : null;
        var firstLineByFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in manifest.Rows)
        {
            var name = Path.GetFileName(row.File);
            if (!firstLineByFile.TryAdd(name, row.Line))
                diagnostics.Add(Error(manifest, row, Severity.Warning, "manifest-duplicate-row",
                    $"{name} is listed again (first on line {firstLineByFile[name]}); the first row is used"));
            if (present is not null && !present.Contains(name))
                diagnostics.Add(Error(manifest, row, Severity.Error, "manifest-missing-file", $"{row.File} is not in {rawDirectory}"));
            if (row.Published is { } published && (published > today || published < Earliest))
                diagnostics.Add(Error(manifest, row, Severity.Error, "manifest-date",
                    $"published {published:yyyy-MM-dd} for {name} is impossible ({(published > today ? "after today" : "before 1900")}); a page cannot carry it"));
        }
        return [.. diagnostics.OrderBy(d => d.Line ?? 0)];
    }

    private static Diagnostic Error(Manifest manifest, ManifestRow row, Severity severity, string code, string message) =>
        new(manifest.Path, row.Line, severity, code, $"row {row.Line}: {message}");
}
