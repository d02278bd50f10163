using System.Text;
using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests.Commands;

public sealed class ParsePathsFromStdinTests
{
    [Fact]
    public void Paths_on_stdin_give_the_same_lines_as_paths_as_arguments()
    {
        var files = Directory.EnumerateFiles(Seeds.RawDirectory).Order(StringComparer.Ordinal).ToList();
        var fromArguments = Parse(files, null);
        var fromStdin = Parse([], new StringReader(string.Join("\n", files) + "\n\n"));

        Assert.Equal(fromArguments, fromStdin);
        Assert.All(files, f => Assert.Contains(Path.GetFileName(f), fromStdin));
    }

    [Fact]
    public void A_shard_of_stdin_paths_parses_only_those_files()
    {
        var file = Seeds.File("001");
        var output = Parse([], new StringReader(file));
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains("001_2ce852fb66e9e90e.txt", line));
    }

    private static string Parse(IReadOnlyList<string> paths, TextReader? stdin)
    {
        using var output = new MemoryStream();
        var code = ParseCommand.Run(paths, Seeds.DataDirectory, output, new StringWriter(), stdin);
        Assert.Equal(ExitCodes.Ok, code);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
