using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>What every cell sees as globals: display(), which the Polyglot kernel provided and Formatting does not.</summary>
public sealed class NotebookGlobals
{
    internal OutputCollector? Target { get; set; }

    /// <summary>Shows a value below the cell, formatted as text/html and text/plain, or as the given MIME types.</summary>
#pragma warning disable IDE1006 // display() is the kernel's name for it, and notebooks call it so.
    public void display(object? value, params string[] mimeTypes) => Target?.Add(DisplayFormatter.Format(value, mimeTypes));
#pragma warning restore IDE1006
}
