using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Resolves #r "path.dll" against the notebook's folder (the C# kernel resolved it against the working
/// directory, which VS Code sets to that folder), and assemblies those depend on from the same folders.
/// An assembly the host already carries resolves to the host's copy, so compile time and run time agree.</summary>
internal sealed class NotebookReferenceResolver(string baseDirectory) : MetadataReferenceResolver
{
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var path = Path.GetFullPath(reference, baseDirectory);
        if (!File.Exists(path)) return [];
        AssemblyProbing.AddDirectory(Path.GetDirectoryName(path)!);
        var hostCopy = HostAssemblies.Find(Path.GetFileNameWithoutExtension(path));
        return [MetadataReference.CreateFromFile(hostCopy ?? path, properties)];
    }

    public override bool ResolveMissingAssemblies => true;

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        var fileName = referenceIdentity.Name + ".dll";
        var beside = (definition as PortableExecutableReference)?.FilePath is { } definitionPath
            ? Path.Combine(Path.GetDirectoryName(definitionPath)!, fileName)
            : null;
        var path = HostAssemblies.Find(referenceIdentity.Name)
                   ?? (beside is not null && File.Exists(beside) ? beside : null)
                   ?? AssemblyProbing.FindInDirectories(fileName);
        return path is null ? null : MetadataReference.CreateFromFile(path);
    }

    public override bool Equals(object? other) => other is NotebookReferenceResolver resolver && resolver.BaseDirectory == BaseDirectory;

    public override int GetHashCode() => BaseDirectory.GetHashCode(StringComparison.Ordinal);

    private string BaseDirectory => baseDirectory;
}
