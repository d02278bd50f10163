using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// What besides a file's bytes decides what parsing it yields: the parsing code (assembly module
/// versions, which change only when the code does), the enricher stages, and the data folder's
/// manifest.csv, lexicons/ and gazetteer/. When the fingerprint changes, the store re-parses everything.
/// </summary>
internal static class PipelineFingerprint
{
    private static readonly string[] DataResources = ["manifest.csv", "lexicons", "gazetteer"];

    public static string Of(string dataDirectory, NewsPipeline pipeline)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        var assemblies = new HashSet<Assembly> { typeof(NewsPipeline).Assembly };
        foreach (var enricher in pipeline.Enrichers)
        {
            Add(enricher.GetType().FullName ?? enricher.GetType().Name);
            assemblies.Add(enricher.GetType().Assembly);
        }
        foreach (var assembly in assemblies.OrderBy(a => a.FullName, StringComparer.Ordinal))
            Add($"{assembly.FullName} {assembly.ManifestModule.ModuleVersionId}");

        foreach (var resource in DataResources)
        {
            var path = Path.Combine(dataDirectory, resource);
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                Add(Path.GetRelativePath(dataDirectory, file).Replace('\\', '/'));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
