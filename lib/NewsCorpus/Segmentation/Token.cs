namespace NewsCorpus.Segmentation;

public enum TokenKind
{
    /// <summary>A word of the domain dictionary (株洲, 复工复产, a place, an organisation or a topic term).</summary>
    DomainWord,
    /// <summary>A Han word found by ICU's dictionary-based word breaking.</summary>
    Word,
    /// <summary>Digits, possibly with a decimal point or thousands separators.</summary>
    Number,
    /// <summary>Latin letters (N95, APP).</summary>
    Latin,
    /// <summary>A name the entity extractors found (a person), kept whole by the caller's request.</summary>
    Entity,
}

/// <summary>A token of a segmented text, with its span in that text.</summary>
public readonly record struct Token(string Text, Span Span, TokenKind Kind);
