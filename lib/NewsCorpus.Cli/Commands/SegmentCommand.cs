using System.CommandLine;
using System.Diagnostics;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus segment: each line of stdin cut into words, separated by spaces, one output line per input line.</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Data folder whose lexicons/ and gazetteer/ extend the dictionary (default: the embedded copies)." };
        var stats = new Option<bool>("--stats") { Description = "Write the characters segmented and the speed to stderr." };
        var command = new Command("segment", """
            Cut Chinese text into words (domain dictionary first, ICU word breaking between).
            Reads lines from stdin, writes the words of each line separated by spaces.

            Examples:
              echo 株洲各地复工复产 | newscorpus segment
              newscorpus segment --stats < data/raw/001_2ce852fb66e9e90e.txt > words.txt
            """) { data, stats };
        command.SetAction(result => Run(Console.In, Console.Out, Console.Error, result.GetValue(data), result.GetValue(stats)));
        return command;
    }

    internal static int Run(TextReader input, TextWriter output, TextWriter errors, string? dataDirectory, bool stats)
    {
        if (dataDirectory is not null && !Directory.Exists(dataDirectory))
        {
            errors.WriteLine($"newscorpus segment: data folder {dataDirectory} not found");
            return ExitCodes.NoInput;
        }
        var segmenter = new Segmenter(dataDirectory is null ? null : DomainDictionary.Load(LexiconSource.For(dataDirectory)));
        long chars = 0;
        var clock = new Stopwatch();
        while (input.ReadLine() is { } line)
        {
            clock.Start();
            var tokens = segmenter.Segment(line);
            clock.Stop();
            chars += line.Length;
            output.WriteLine(string.Join(' ', tokens.Select(t => t.Text)));
        }
        if (stats)
            errors.WriteLine($"segmented {chars} chars in {clock.Elapsed.TotalMilliseconds:F1} ms ({chars / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F0} chars/s)");
        return ExitCodes.Ok;
    }
}
