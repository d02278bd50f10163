using Microsoft.CodeAnalysis;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>The assemblies the host process was started with (the TRUSTED_PLATFORM_ASSEMBLIES list): the runtime plus
/// every package the tool carries. Cells compile against all of them, as the C# kernel's did.</summary>
internal static class HostAssemblies
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> PathsByName = new(() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<IReadOnlyList<MetadataReference>> AllReferences = new(() =>
        PathsByName.Value.Values.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList());

    public static IReadOnlyList<MetadataReference> References => AllReferences.Value;

    /// <summary>Path of the host's copy of an assembly, by simple name.</summary>
    public static string? Find(string simpleName) => PathsByName.Value.GetValueOrDefault(simpleName);
}
