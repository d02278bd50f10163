using Icu;

namespace NewsCorpus.Segmentation;

/// <summary>
/// Chinese word segmentation that knows the domain: in each run of Han characters a word of the
/// <see cref="DomainDictionary"/> is taken first (longest match), and the text between is cut by ICU's
/// dictionary-based word breaking (libicu). Numbers and Latin words are tokens; punctuation and spaces are not.
/// <c>new Segmenter().Segment("株洲复工复产")</c> → 株洲 | 复工复产.
/// </summary>
public sealed class Segmenter
{
    private static readonly Lazy<bool> IcuReady = new(() => { Wrapper.Init(); return true; });

    private readonly ThreadLocal<BreakIterator> _breaker = new(() => BreakIterator.CreateWordInstance(new Locale("zh")), trackAllValues: false);

    public Segmenter(DomainDictionary? dictionary = null)
    {
        _ = IcuReady.Value;
        Dictionary = dictionary ?? DomainDictionary.Embedded;
    }

    public DomainDictionary Dictionary { get; }

    public IReadOnlyList<Token> Segment(string text) => Segment(text, []);

    /// <summary>
    /// Segments <paramref name="text"/> keeping each of <paramref name="keepWhole"/> (spans of names found by the
    /// extractors, in any order; overlapping ones are skipped) as one <see cref="TokenKind.Entity"/> token.
    /// </summary>
    public IReadOnlyList<Token> Segment(string text, IEnumerable<Span> keepWhole)
    {
        var tokens = new List<Token>(text.Length / 2);
        var at = 0;
        foreach (var span in keepWhole.Where(s => s.Start >= 0 && s.End <= text.Length && s.Length > 0).OrderBy(s => s.Start))
        {
            if (span.Start < at) continue;
            SegmentRange(text, at, span.Start, tokens);
            tokens.Add(new Token(text[span.Start..span.End], span, TokenKind.Entity));
            at = span.End;
        }
        SegmentRange(text, at, text.Length, tokens);
        return tokens;
    }

    private void SegmentRange(string text, int from, int to, List<Token> tokens)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            var end = i + 1;
            if (Extraction.Entities.CjkText.IsHan(c))
            {
                while (end < to && Extraction.Entities.CjkText.IsHan(text[end])) end++;
                SegmentHan(text, i, end, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                while (end < to && (char.IsAsciiDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < to && char.IsAsciiDigit(text[end + 1])))) end++;
                tokens.Add(new Token(text[i..end], new Span(i, end), TokenKind.Number));
            }
            else if (char.IsAsciiLetter(c))
            {
                while (end < to && char.IsAsciiLetterOrDigit(text[end])) end++;
                tokens.Add(new Token(text[i..end], new Span(i, end), TokenKind.Latin));
            }
            i = end;
        }
    }

    /// <summary>
    /// ICU's word boundaries over the run, then from each boundary the longest domain word if there is one
    /// (株|洲 becomes 株洲, 复|工|复|产 becomes 复工复产), else ICU's word. Domain words start only where ICU
    /// starts a word, so 市长 is not cut out of 城市长远.
    /// </summary>
    private void SegmentHan(string text, int start, int end, List<Token> tokens)
    {
        var run = text.AsSpan(start, end - start);
        var boundary = IcuBoundaries(text.Substring(start, end - start));
        var afterDomainWord = false;
        for (var i = 0; i < run.Length;)
        {
            var length = boundary[i] || afterDomainWord ? Dictionary.Words.LongestAt(run, i, out _) : 0;
            var kind = TokenKind.DomainWord;
            if (length < 2)
            {
                kind = TokenKind.Word;
                length = 1;
                while (i + length < run.Length && !boundary[i + length]) length++;
            }
            tokens.Add(new Token(text.Substring(start + i, length), new Span(start + i, start + i + length), kind));
            afterDomainWord = kind == TokenKind.DomainWord;
            i += length;
        }
    }

    /// <summary>For each offset of the run, whether ICU puts a word boundary there.</summary>
    private bool[] IcuBoundaries(string run)
    {
        var boundary = new bool[run.Length + 1];
        var breaker = _breaker.Value!;
        breaker.SetText(run);
        for (var at = breaker.MoveFirst(); at >= 0 && at <= run.Length; at = breaker.MoveNext())
        {
            boundary[at] = true;
            if (at == run.Length) break;
        }
        return boundary;
    }
}
