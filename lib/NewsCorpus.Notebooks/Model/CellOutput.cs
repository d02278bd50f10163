namespace NewsCorpus.Notebooks.Model;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
public abstract record CellOutput;

/// <summary>Text a cell wrote to stdout or stderr (nbformat "stream").</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public const string StdOut = "stdout";
    public const string StdErr = "stderr";
}

/// <summary>A displayed value: MIME type → content (base64 for image/png). ExecutionCount set means nbformat "execute_result", else "display_data".</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, int? ExecutionCount = null) : CellOutput
{
    public string? this[string mimeType] => Data.GetValueOrDefault(mimeType);
}

/// <summary>A compile error or an exception (nbformat "error").</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;

/// <summary>MIME types the runner and renderers use.</summary>
public static class MimeTypes
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";
    public const string Png = "image/png";
    public const string Markdown = "text/markdown";
}
