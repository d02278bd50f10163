using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsCorpus.Serialization;
using NewsCorpus.Text;

namespace NewsCorpus.Cli.Commands;

/// <summary>newscorpus extract [--base DATE]: dates and quantities of each text line on stdin, one JSON object per line.</summary>
internal static class ExtractCommand
{
    private static readonly string[] BaseFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static Command Create()
    {
        var reference = new Option<string?>("--base") { Description = "Reference date for relative expressions (今天, 去年, 8日, 除夕): YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Without it they stay unresolved." };
        var command = new Command("extract", """
            Read text lines on stdin and write, per line and in order, one JSON object
            { "text": normalised line, "dates": [...], "quantities": [...] } on stdout.
            Spans index into the normalised text written as "text"; bare numbers have unit null.

            Examples:
              echo '2月13日晚8时许,10.5万个口罩' | newscorpus extract --base 2020-03-09
              newscorpus extract --base 2022-01-09T08:00 < phrases.txt | jq -c '.quantities[]'
            """) { reference };
        command.SetAction(result =>
        {
            using var stdout = Console.OpenStandardOutput();
            return Run(result.GetValue(reference), Console.In, stdout, Console.Error);
        });
        return command;
    }

    internal static int Run(string? baseText, TextReader input, Stream output, TextWriter errors)
    {
        DateOnly? reference = null;
        if (baseText is not null)
        {
            if (!DateTime.TryParseExact(baseText, BaseFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.WriteLine($"newscorpus extract: --base '{baseText}' is not YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]");
                return ExitCodes.Usage;
            }
            reference = DateOnly.FromDateTime(parsed);
        }
        using var writer = new Utf8JsonWriter(output, ArticleJsonWriter.Options);
        while (input.ReadLine() is { } line)
        {
            var facts = TextFacts.Of(line, reference);
            writer.WriteStartObject();
            writer.WriteString("text", facts.Normalized.Text);
            ArticleJsonWriter.WriteDates(writer, facts.Dates);
            ArticleJsonWriter.WriteQuantities(writer, facts.Quantities);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
        }
        output.Flush();
        return ExitCodes.Ok;
    }
}
