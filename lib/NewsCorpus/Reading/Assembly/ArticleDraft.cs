namespace NewsCorpus.Reading.Assembly;

/// <summary>A body paragraph or an in-article subheading, with its lines.</summary>
internal readonly record struct Segment(MappedText Text, int First, int Last, bool IsHeading);

/// <summary>An article being assembled from blocks.</summary>
internal sealed class ArticleDraft
{
    public string? Section { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Dateline { get; set; }
    public int TitleLevel { get; set; }
    public PageInfo? Page { get; set; }
    public List<Byline> Bylines { get; } = [];
    public List<Byline> Credits { get; } = [];
    public List<string> Captions { get; } = [];
    public List<string> Continuations { get; } = [];
    public List<PageTable> Tables { get; } = [];
    public List<Segment> Segments { get; } = [];

    /// <summary>Lines of the article's own run (headings, bylines, body, captions).</summary>
    public List<LineRange> Own { get; } = [];

    /// <summary>Lines that belong to the article but stand elsewhere on the page.</summary>
    public List<LineRange> Elsewhere { get; } = [];

    public bool Closed { get; set; }
    public bool LastUnfinished { get; set; }
    public int LastWidth { get; set; }

    public bool HasBody
    {
        get
        {
            foreach (var s in Segments)
                if (!s.IsHeading) return true;
            return false;
        }
    }

    public int FirstLine
    {
        get
        {
            var first = int.MaxValue;
            foreach (var r in Own) first = Math.Min(first, r.First);
            return Own.Count > 0 ? first : throw new InvalidOperationException("the draft owns no lines");
        }
    }

    public void Add(Block block, bool isHeading = false)
    {
        Segments.Add(new(block.Text, block.First, block.Last, isHeading));
        Own.Add(block.Lines);
    }

    public void MergeIntoLast(Block block)
    {
        var last = Segments[^1];
        Segments[^1] = last with { Text = MappedText.Concat(last.Text, block.Text), Last = block.Last };
        Own.Add(block.Lines);
    }

    public void AddCaption(Block caption, IReadOnlyList<Byline> credits)
    {
        Captions.Add(caption.Text.Text);
        Credits.AddRange(credits);
        Own.Add(caption.Lines);
    }
}
