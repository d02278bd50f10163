namespace NewsCorpus.Decoding;

/// <summary>
/// The text of a file and how it was decoded. <see cref="Text"/> has its line breaks normalised to
/// "\n" (line numbers are those of the raw file); <see cref="Newlines"/> records what the file used.
/// </summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics)
{
    public NewlineStyle Newlines { get; init; } = NewlineStyle.None;

    /// <summary>Why the bytes are not text at all (e.g. "PNG image"), or null when they are.</summary>
    public string? UnreadableReason { get; init; }

    public bool IsText => UnreadableReason is null;
}
