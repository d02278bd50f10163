using System.Security.Cryptography;

namespace NewsCorpus.Analysis.Store;

/// <summary>A raw file of a data folder: its key (path relative to the data folder, '/'-separated), the path to read it by, size and content hash.</summary>
public sealed record RawFile(string Key, string Path, long Bytes, string ContentHash)
{
    /// <summary>
    /// The file's last write time (UTC ticks) when it was hashed, if that time vouches for the
    /// content (see <see cref="RawFiles.Scan"/>); null when it was written too recently to tell.
    /// </summary>
    public long? Modified { get; init; }
}

/// <summary>What the store knows of a raw file from its last sync.</summary>
internal readonly record struct KnownFile(long Bytes, long? Modified, string ContentHash);

/// <summary>Lists and hashes the raw files of a data folder (everything under raw/, hidden files excepted).</summary>
internal static class RawFiles
{
    public const string Folder = "raw";

    /// <summary>
    /// A write this close to the hashing may share its timestamp with a later write of the same
    /// size (file systems stamp in coarse ticks), so its time does not vouch for the content.
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The raw files with their content hashes. As git does with its index, a file whose size and
    /// last write time equal those recorded when it was last hashed keeps that hash without being
    /// read; the others are read and hashed, on all cores.
    /// </summary>
    public static IReadOnlyList<RawFile> Scan(string dataDirectory, IReadOnlyDictionary<string, KnownFile>? known = null)
    {
        var raw = System.IO.Path.Combine(dataDirectory, Folder);
        if (!Directory.Exists(raw))
            throw new DirectoryNotFoundException($"{dataDirectory}: no {Folder}/ folder with page files");
        var vouchedBefore = (DateTime.UtcNow - RacyWindow).Ticks;
        var files = new DirectoryInfo(raw).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.Name.StartsWith('.'))
            .Select(f => (Key: System.IO.Path.GetRelativePath(dataDirectory, f.FullName).Replace('\\', '/'), f.Length, Modified: f.LastWriteTimeUtc.Ticks))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        return files.AsParallel().AsOrdered().Select(f =>
        {
            var path = System.IO.Path.Join(dataDirectory, f.Key);
            var modified = f.Modified < vouchedBefore ? f.Modified : (long?)null;
            if (modified is not null && known is not null && known.TryGetValue(f.Key, out var k) && k.Bytes == f.Length && k.Modified == modified)
                return new RawFile(f.Key, path, f.Length, k.ContentHash) { Modified = modified };
            using var stream = File.OpenRead(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            // Sized as read: the file may have changed since it was listed, and then its time vouches for nothing.
            return new RawFile(f.Key, path, stream.Length, hash) { Modified = stream.Length == f.Length ? modified : null };
        }).ToList();
    }
}
