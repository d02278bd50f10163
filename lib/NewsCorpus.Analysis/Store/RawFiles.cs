using System.Security.Cryptography;

namespace NewsCorpus.Analysis.Store;

/// <summary>A raw file of a data folder: its key (path relative to the data folder, '/'-separated), the path to read it by, size and content hash.</summary>
public sealed record RawFile(string Key, string Path, long Bytes, string ContentHash);

/// <summary>Lists and hashes the raw files of a data folder (everything under raw/, hidden files excepted).</summary>
internal static class RawFiles
{
    public const string Folder = "raw";

    public static IReadOnlyList<RawFile> Scan(string dataDirectory)
    {
        var raw = System.IO.Path.Combine(dataDirectory, Folder);
        if (!Directory.Exists(raw))
            throw new DirectoryNotFoundException($"{dataDirectory}: no {Folder}/ folder with page files");
        var paths = Directory.EnumerateFiles(raw, "*", SearchOption.AllDirectories)
            .Where(p => !System.IO.Path.GetFileName(p).StartsWith('.'))
            .Select(p => System.IO.Path.GetRelativePath(dataDirectory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        // Hashing is the whole cost of a warm re-ingest: spread it over the cores.
        return paths.AsParallel().AsOrdered().Select(key =>
        {
            var path = System.IO.Path.Join(dataDirectory, key);
            using var stream = File.OpenRead(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            return new RawFile(key, path, stream.Length, hash);
        }).ToList();
    }
}
