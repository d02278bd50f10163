using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsCorpus.Notebooks.Tests;

/// <summary>Builds the small assemblies fixture notebooks reference with #r: lib/Greeting.dll, which depends on
/// lib/Words.dll, so a test proves both the path resolution and the loading of dependencies from the same folder.</summary>
internal static class FixtureAssemblies
{
    public static void EmitInto(string libDirectory)
    {
        Directory.CreateDirectory(libDirectory);
        var words = Emit(libDirectory, "Words", """public static class Words { public static string Welcome => "欢迎"; }""", []);
        Emit(libDirectory, "Greeting", """public static class Greeting { public static string Hello(string city) => Words.Welcome + "来到" + city; }""", [words]);
    }

    private static MetadataReference Emit(string directory, string name, string code, MetadataReference[] references)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(code)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll")), .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(directory, name + ".dll");
        var result = compilation.Emit(path);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromFile(path);
    }
}
