using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Analysis.Tests.Store;

/// <summary>A data folder in a temp directory with copies of the seed documents in raw/; deleted on dispose.</summary>
public sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Directory.CreateTempSubdirectory("newscorpus-store-").FullName;
        DataDirectory = Path.Combine(Root, "data");
        Directory.CreateDirectory(RawDirectory);
        foreach (var seed in Directory.EnumerateFiles(Seeds.RawDirectory))
            System.IO.File.Copy(seed, Path.Combine(RawDirectory, Path.GetFileName(seed)));
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public string RawDirectory => Path.Combine(DataDirectory, "raw");

    public string StorePath => Path.Combine(DataDirectory, ".newscorpus.duckdb");

    /// <summary>Raw path of a seed copy by its number prefix.</summary>
    public string File(string prefix) => Directory.EnumerateFiles(RawDirectory, prefix + "_*").Single();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
