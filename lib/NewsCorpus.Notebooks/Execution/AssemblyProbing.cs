using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Loads what cells reference with #r "path.dll" into the default load context, and their dependencies (managed
/// and native) from the same folders. One copy of each assembly per process: a formatter a notebook registers is the
/// one the runner formats with, and a chart type the library returns is the type the renderer sees.</summary>
internal static class AssemblyProbing
{
    private static readonly ConcurrentDictionary<string, byte> Directories = new(StringComparer.Ordinal);

    static AssemblyProbing()
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            FindInDirectories(name.Name + ".dll") is { } path ? context.LoadFromAssemblyPath(path) : null;
        AssemblyLoadContext.Default.ResolvingUnmanagedDll += (_, name) =>
            FindNative(name) is { } path ? NativeLibrary.Load(path) : IntPtr.Zero;
    }

    /// <summary>Makes the folder of a referenced assembly a place to find its dependencies.</summary>
    public static void AddDirectory(string directory) => Directories.TryAdd(directory, 0);

    public static string? FindInDirectories(string fileName) =>
        Directories.Keys.Select(dir => Path.Combine(dir, fileName)).FirstOrDefault(File.Exists);

    private static string? FindNative(string name)
    {
        string[] fileNames = [name, $"lib{name}.so", $"{name}.so", $"lib{name}.dylib", $"{name}.dll"];
        var runtimeFolder = Path.Combine("runtimes", RuntimeInformation.RuntimeIdentifier, "native");
        return Directories.Keys
            .SelectMany(dir => new[] { dir, Path.Combine(dir, runtimeFolder) })
            .SelectMany(dir => fileNames.Select(file => Path.Combine(dir, file)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Forces the static constructor, which hooks the load context once per process.</summary>
    public static void EnsureHooked() => Directories.TryAdd(AppContext.BaseDirectory, 0);
}
