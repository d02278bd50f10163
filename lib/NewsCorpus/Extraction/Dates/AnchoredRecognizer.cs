using System.Numerics;
using NewsCorpus.Segmentation;
using NewsCorpus.Text;

namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// A hand-written recognizer of one shape of temporal expression, tried only where a match can start:
/// every match contains one of <see cref="Anchors"/> (年 or 月 for a calendar date, 点 or 时 for a time)
/// at most <see cref="Lead"/> characters after its start, and starts with one of <see cref="Starts"/>.
/// <see cref="TryAt"/> matches exactly at a start, as a regex anchored there with \G would (the tests
/// hold each recognizer's regex and compare them), so scanning from anchor to anchor finds what a
/// regex scan of the whole text finds, without a Match object per hit.
/// </summary>
internal abstract class AnchoredRecognizer(string anchors, int lead, string starts, params string[] groups)
{
    private readonly CharSet _starts = new(starts);

    public string Anchors { get; } = anchors;

    /// <summary>The most characters a match can have before its first anchor.</summary>
    public int Lead { get; } = lead;

    public string Starts { get; } = starts;

    /// <summary>The names of the groups <see cref="TryAt"/> fills, by number (those of the recognizer's regex).</summary>
    public IReadOnlyList<string> Groups { get; } = groups;

    /// <summary>The match starting exactly at <paramref name="start"/>: false when there is none.</summary>
    public abstract bool TryAt(string text, int start, out Captures match);

    /// <summary>The expressions a match stands for: none when it is no date after all (a day 0, a 24:61).</summary>
    public abstract void Emit(string text, int start, in Captures match, List<TemporalExpression> into);

    /// <summary>The match at the first start in [first, last] where there is one.</summary>
    internal bool FirstAt(string text, int first, int last, out int start, out Captures match)
    {
        for (start = first; start <= last; start++)
            if (_starts.Contains(text[start]) && TryAt(text, start, out match)) return true;
        match = default;
        return false;
    }

    /// <summary>The matches, left to right and not overlapping, as a regex scan finds them: (start, captures).</summary>
    public List<(int Start, Captures Match)> Matches(string text)
    {
        var found = new List<(int Recognizer, int Start, Captures Match)>();
        new AnchoredRecognizerSet([this]).Scan(text, found);
        return [.. found.Select(f => (f.Start, f.Match))];
    }
}

/// <summary>
/// Several recognizers run in one pass over the text: each anchor is found once, by one search for all
/// the recognizers' anchors, and tried for the recognizers it belongs to. Each recognizer keeps its own
/// position, so its matches are those it finds alone.
/// </summary>
internal sealed class AnchoredRecognizerSet
{
    private readonly AnchoredRecognizer[] _recognizers;
    /// <summary>Per anchor character, one bit for each recognizer it anchors.</summary>
    private readonly Dictionary<char, int> _recognizersOf = [];
    /// <summary>Anchors are common characters (日, 年, 时 …): tested one by one, not searched for.</summary>
    private readonly CharSet _anchors;

    public AnchoredRecognizerSet(IReadOnlyList<AnchoredRecognizer> recognizers)
    {
        if (recognizers.Count > 32) throw new ArgumentException("at most 32 recognizers", nameof(recognizers));
        _recognizers = [.. recognizers];
        for (var r = 0; r < _recognizers.Length; r++)
            foreach (var c in _recognizers[r].Anchors)
                _recognizersOf[c] = _recognizersOf.GetValueOrDefault(c) | 1 << r;
        _anchors = new CharSet(_recognizersOf.Keys);
    }

    public IReadOnlyList<AnchoredRecognizer> Recognizers => _recognizers;

    /// <summary>Adds every match to <paramref name="found"/>, each recognizer's in text order.</summary>
    public void Scan(string text, List<(int Recognizer, int Start, Captures Match)> found)
    {
        // No match of recognizer r starts before from[r]: each anchor is visited once, each start tried at most once.
        Span<int> from = stackalloc int[_recognizers.Length];
        from.Clear();
        for (var anchor = _anchors.IndexIn(text, 0); anchor >= 0; anchor = _anchors.IndexIn(text, anchor + 1))
        {
            for (var mask = _recognizersOf[text[anchor]]; mask != 0; mask &= mask - 1)
            {
                var r = BitOperations.TrailingZeroCount(mask);
                if (anchor < from[r]) continue;
                var recognizer = _recognizers[r];
                if (!recognizer.FirstAt(text, Math.Max(from[r], anchor - recognizer.Lead), anchor, out var start, out var match))
                {
                    from[r] = anchor + 1;
                    continue;
                }
                found.Add((r, start, match));
                from[r] = match.End; // past the anchor: a match holds one
            }
        }
    }
}
