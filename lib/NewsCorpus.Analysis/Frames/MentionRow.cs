namespace NewsCorpus.Analysis.Frames;

/// <summary>A mention with the article it was found in, so every row of a mention table keeps its provenance.</summary>
public readonly record struct MentionRow<T>(Article Article, T Mention, Span? Span)
{
    /// <summary>Offset of the mention's first character in the raw file, when its span maps there.</summary>
    public int? RawOffset
    {
        get
        {
            if (Span is not { } span) return null;
            var text = Article.Normalized ?? Article.Body;
            return span.Start >= 0 && span.End <= text.Text.Length ? text.ToRaw(span).Start : null;
        }
    }

    /// <summary>The mention with <paramref name="width"/> characters of text either side, line breaks as spaces.</summary>
    public string? Context(int width = 12)
    {
        if (Span is not { } span) return null;
        var text = Article.Text;
        if (span.Start < 0 || span.End > text.Length) return null;
        var start = Math.Max(0, span.Start - width);
        var end = Math.Min(text.Length, span.End + width);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
