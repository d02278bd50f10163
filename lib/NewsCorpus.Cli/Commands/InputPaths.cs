namespace NewsCorpus.Cli.Commands;

/// <summary>Expands the PATH arguments of a command (files or folders) into the files to read, in a stable order.</summary>
internal static class InputPaths
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths, TextWriter errors)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => !Path.GetFileName(f).StartsWith('.'))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else if (File.Exists(path)) yield return path;
            else errors.WriteLine($"newscorpus: {path}: no such file or directory");
        }
    }
}
