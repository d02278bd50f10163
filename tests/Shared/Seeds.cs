namespace NewsCorpus.Tests.Shared;

/// <summary>Locates the repository's data folder and the seed documents for fixture-based tests.</summary>
public static class Seeds
{
    public static string RepoRoot { get; } = FindRoot();

    public static string DataDirectory => System.IO.Path.Combine(RepoRoot, "data");

    public static string RawDirectory => System.IO.Path.Combine(DataDirectory, "raw");

    /// <summary>Full path of a seed by its number prefix, e.g. Seeds.File("001").</summary>
    public static string File(string prefix) =>
        Directory.EnumerateFiles(RawDirectory, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
            if (System.IO.File.Exists(System.IO.Path.Combine(dir, "Analysis.sln"))) return dir;
        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
