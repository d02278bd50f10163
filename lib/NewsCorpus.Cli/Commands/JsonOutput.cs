using System.Text.Json;
using NewsCorpus.Serialization;

namespace NewsCorpus.Cli.Commands;

/// <summary>Writes a command's summary object as indented JSON on stdout (camelCase, Chinese unescaped).</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = ArticleJsonWriter.Options.Encoder,
        WriteIndented = true,
    };

    public static void Write(TextWriter output, object value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
