using Microsoft.DotNet.Interactive.Formatting;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Turns a displayed value into display_data the way the C# kernel did: with Formatter, as text/html (unless the
/// type prefers plain text only, like string) and text/plain, or as the MIME types the caller asked for.</summary>
public static class DisplayFormatter
{
    public static DisplayOutput Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var types = mimeTypes is { Count: > 0 } ? mimeTypes : DefaultMimeTypes(value);
        return new DisplayOutput(types.Distinct().ToDictionary(type => type, type => value.ToDisplayString(type)));
    }

    private static IReadOnlyList<string> DefaultMimeTypes(object? value)
    {
        var preferred = value is null ? [] : Formatter.GetPreferredMimeTypesFor(value.GetType());
        return preferred.Count == 1 && preferred.Contains(MimeTypes.PlainText)
            ? [MimeTypes.PlainText]
            : [MimeTypes.Html, MimeTypes.PlainText];
    }
}
