using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCorpus.Serialization;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// Writes a command's summary as indented JSON on stdout (Chinese unescaped). Summaries are built as
/// <see cref="JsonObject"/>s with their camelCase names spelled out: the native newscorpus has no
/// reflection to serialise arbitrary objects with.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = ArticleJsonWriter.Options.Encoder,
        WriteIndented = true,
    };

    public static void Write(TextWriter output, JsonNode value) => output.WriteLine(value.ToJsonString(Options));
}
