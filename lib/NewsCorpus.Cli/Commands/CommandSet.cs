using System.CommandLine;

namespace NewsCorpus.Cli.Commands;

/// <summary>Every subcommand of newscorpus, in the order --help lists them.</summary>
internal static class CommandSet
{
    public static IEnumerable<Command> All()
    {
        yield return ParseCommand.Create();
        yield return ExtractCommand.Create();
        yield return SegmentCommand.Create();
        yield return IngestCommand.Create();
        yield return ExportCommand.Create();
        yield return RenderCommand.Create();
        yield return BenchCommand.Create();
    }
}
