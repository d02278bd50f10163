using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using NewsCorpus.Pipeline;
using NewsCorpus.Serialization;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus parse PATH... --jsonl: one JSON object per article on stdout.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to read.", Arity = ArgumentArity.ZeroOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write one JSON object per article per line (the only format for now)." };
        var fromStdin = new Option<bool>("--paths-from-stdin") { Description = "Also read file paths from stdin, one per line (for sharding by a cluster engine: Spark's RDD.pipe, Hadoop streaming)." };
        var data = new Option<string?>("--data") { Description = "Data folder with manifest.csv, lexicons/ and gazetteer/ (default: the parent of the first folder given, if it has them)." };
        var report = new Option<string?>("--report") { Description = "Write a JSON report with one entry per input file (status, encoding, articles, diagnostics) to FILE.", HelpName = "FILE" };
        var command = new Command("parse", """
            Read page files into articles and write them as JSON Lines on stdout.
            Every file ends up parsed, partial, duplicate, empty or unreadable; --report lists which and why.

            Examples:
              newscorpus parse data/raw --jsonl
              newscorpus parse data/raw/001_2ce852fb66e9e90e.txt --jsonl | jq .title
              newscorpus parse data/raw --jsonl --report report.json > articles.jsonl
              find data/raw -name '*.txt' | newscorpus parse --paths-from-stdin --jsonl --data data
            """) { paths, jsonl, fromStdin, data, report };
        command.SetAction(result =>
        {
            using var stdout = Console.OpenStandardOutput();
            // Buffered and flushed a file at a time: Console.Error writes in pieces of 256 characters,
            // thousands of system calls for the diagnostics of a large corpus.
            using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 1 << 16);
            return Run(result.GetValue(paths) ?? [], result.GetValue(data), stdout, stderr,
                result.GetValue(fromStdin) ? Console.In : null, result.GetValue(report));
        });
        return command;
    }

    /// <param name="pathsIn">When set, more paths, one per line (blank lines skipped).</param>
    /// <param name="reportPath">When set, the JSON report of the run (<see cref="ParseReportJson"/>) is written there.</param>
    internal static int Run(IReadOnlyList<string> paths, string? dataDirectory, Stream output, TextWriter errors, TextReader? pathsIn = null, string? reportPath = null)
    {
        List<string> allPaths = [.. paths, .. pathsIn is null ? [] : ReadLines(pathsIn).Where(l => l.Length > 0)];
        var files = InputPaths.Expand(allPaths, errors).ToList();
        if (files.Count == 0)
        {
            errors.WriteLine("newscorpus parse: no input files");
            return ExitCodes.NoInput;
        }
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(dataDirectory ?? DataDirectories.Guess(allPaths)).UseDefaults().Build();
        var runDiagnostics = pipeline.CheckDataDirectory();
        foreach (var diagnostic in runDiagnostics) errors.WriteLine(diagnostic);
        var reports = new List<FileReport>(files.Count);
        // Articles are written into one buffer that goes out in writes of at least 64 KB: stdout is not
        // buffered by the runtime, and a Utf8JsonWriter on a stream flushes the stream at every Flush,
        // which made a write system call per article.
        var buffer = new ArrayBufferWriter<byte>(2 * OutputChunk);
        using var writer = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options);
        foreach (var result in pipeline.ParseFiles(files))
        {
            foreach (var diagnostic in result.Report.Diagnostics) errors.WriteLine(diagnostic);
            if (result.Report.Diagnostics.Count > 0) errors.Flush();
            reports.Add(result.Report);
            foreach (var article in result.Articles)
            {
                ArticleJsonWriter.Write(writer, article);
                writer.Flush();
                buffer.Write("\n"u8);
                writer.Reset();
            }
            if (buffer.WrittenCount >= OutputChunk) WriteOut(buffer, output);
        }
        WriteOut(buffer, output);
        var runReport = new ParseReport(reports, runDiagnostics);
        errors.WriteLine($"newscorpus parse: {runReport.Summary}");
        if (reportPath is not null) ParseReportJson.Write(runReport, reportPath);
        return runReport.HasProblems ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private const int OutputChunk = 1 << 16;

    private static void WriteOut(ArrayBufferWriter<byte> buffer, Stream output)
    {
        output.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line) yield return line.Trim();
    }
}
