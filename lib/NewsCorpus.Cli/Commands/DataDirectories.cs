namespace NewsCorpus.Cli.Commands;

/// <summary>Finds the data folder (the one holding raw/, manifest.csv, lexicons/) for the paths a command was given.</summary>
internal static class DataDirectories
{
    public static string? Guess(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var dir = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path));
            for (var d = dir; d is not null; d = Path.GetDirectoryName(d))
                if (File.Exists(Path.Combine(d, "manifest.csv")) || Directory.Exists(Path.Combine(d, "lexicons")))
                    return d;
        }
        return null;
    }
}
