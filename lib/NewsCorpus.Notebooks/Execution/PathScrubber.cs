using System.Text.RegularExpressions;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Strips machine-specific folders from text that goes into shared outputs (error messages, stack traces,
/// printed and displayed text): an absolute path keeps only its last part, so /home/ana/src/Trends.cs:line 4 reads Trends.cs:line 4
/// and nothing about the machine, user or NuGet cache leaks. URLs and relative paths are left alone.</summary>
public static partial class PathScrubber
{
    public static string Scrub(string text) =>
        WindowsFolders().Replace(UnixFolders().Replace(text, ""), "");

    /// <summary>An absolute Unix folder prefix (/a/b/ or ~/a/b/): not inside a URL, a relative path, base64 data or a
    /// fraction like 1/2/3.</summary>
    [GeneratedRegex(@"(?<![\w./:~+=-])~?/(?:[^\s/:'""()<>,;|]+/)+")]
    private static partial Regex UnixFolders();

    [GeneratedRegex(@"(?<![\w])[A-Za-z]:\\(?:[^\s\\:'""()<>,;|]+\\)+")]
    private static partial Regex WindowsFolders();
}
