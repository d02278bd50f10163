namespace NewsCorpus;

/// <summary>1-based, inclusive line range in the raw source file.</summary>
public readonly record struct LineRange(int First, int Last)
{
    public override string ToString() => $"{First}-{Last}";
}

/// <summary>Half-open character span [Start, End) in an article's normalised text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}
