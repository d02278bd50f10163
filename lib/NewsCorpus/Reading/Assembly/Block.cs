namespace NewsCorpus.Reading.Assembly;

internal enum BlockKind { Heading, Label, Byline, Caption, Continuation, Body, Table, Signature, PageHeader }

/// <summary>A classified piece of a page (a paragraph, heading, byline, caption, table …) in reading order.</summary>
internal sealed class Block
{
    public required BlockKind Kind { get; init; }
    public required int First { get; init; }
    public required int Last { get; init; }

    /// <summary>The text as read, with its raw offsets (heading text without markdown marks).</summary>
    public required MappedText Text { get; init; }

    /// <summary>Markdown heading level (1 for #); 0 for a heading recognised from its shape.</summary>
    public int Level { get; init; }

    public int BlankLinesBefore { get; init; }

    /// <summary>Bylines printed before the body (dateline bracket or byline block).</summary>
    public IReadOnlyList<Byline> Bylines { get; init; } = [];

    /// <summary>Bylines cut from the end of a body paragraph "(记者 … 通讯员 …)".</summary>
    public IReadOnlyList<Byline> Closing { get; init; } = [];

    /// <summary>A byline block that can only end an article: bracketed or with a credit (整理, 摄).</summary>
    public bool ClosingStyle { get; init; }

    public string? Dateline { get; init; }
    public PageTable? Table { get; init; }
    public PageInfo? Page { get; init; }

    /// <summary>A body paragraph that stops mid-sentence (column or page break).</summary>
    public bool Unfinished { get; init; }

    /// <summary>Typical line width of a print column in half-width units; 0 when unknown.</summary>
    public int Width { get; init; }

    public LineRange Lines => new(First, Last);

    public override string ToString() => $"{Kind} {First}-{Last}: {Text.Text}";
}
