using System.Text.RegularExpressions;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>A cell's code ready for Roslyn: kernel directives the script compiler does not know are blanked out
/// (keeping line numbers), and what cannot be honoured headless is reported by line.</summary>
internal sealed record PreparedCell(string Code, string Kernel, IReadOnlyList<CellProblem> Problems);

/// <summary>Something in a cell that stops it from running, with its 1-based line.</summary>
internal sealed record CellProblem(int Line, string Message);

internal static partial class CellDirectives
{
    /// <summary>NuGet package ids whose main assembly has another name.</summary>
    private static readonly Dictionary<string, string> PackageAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DuckDB.NET.Data.Full"] = "DuckDB.NET.Data",
    };

    public static PreparedCell Prepare(string source, string kernel)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var problems = new List<CellProblem>();
        var firstCodeLine = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (Magic().Match(line) is { Success: true } magic)
            {
                var name = magic.Groups[1].Value;
                if (firstCodeLine && KernelNames.IsKernel(name)) kernel = KernelNames.Canonical(name);
                else problems.Add(new(i + 1, $"magic command #!{name} needs the Polyglot kernel; newscorpus render runs plain C#"));
                lines[i] = "";
            }
            else if (NuGetReference().Match(line) is { Success: true } nuget)
            {
                var package = nuget.Groups["id"].Value.Trim();
                if (!IsCarried(package))
                    problems.Add(new(i + 1, $"package {package} is not carried by newscorpus render (it runs offline and restores no packages); " +
                                            $"reference a built assembly instead: #r \"path/to/{package}.dll\""));
                lines[i] = "";
            }
            else if (PackageSource().IsMatch(line)) lines[i] = "";
            firstCodeLine = false;
        }
        return new PreparedCell(string.Join('\n', lines), kernel, problems);
    }

    /// <summary>A package is carried when the host was started with its assembly; cells compile against all of those already.</summary>
    internal static bool IsCarried(string package) =>
        HostAssemblies.Find(PackageAssemblies.GetValueOrDefault(package, package)) is not null;

    [GeneratedRegex(@"^#!([A-Za-z#][\w#-]*)(\s.*)?$")]
    private static partial Regex Magic();

    [GeneratedRegex(@"^#r\s+""nuget:\s*(?<id>[^,""]+)(,\s*(?<version>[^""]*))?""\s*$")]
    private static partial Regex NuGetReference();

    [GeneratedRegex(@"^#i\s+""")]
    private static partial Regex PackageSource();
}
