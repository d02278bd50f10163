namespace NewsCorpus.Extraction.Dates;

/// <summary>Finds temporal expressions and groups them into phrases (date + time, ranges, 截至 …).</summary>
internal static class TemporalRecognizer
{
    /// <summary>Per thread, the matches of the text being read and the candidates they stand for: reused, not allocated per text.</summary>
    [ThreadStatic] private static List<(int Recognizer, int Start, Captures Match)>? t_matches;
    [ThreadStatic] private static List<(TemporalExpression Expression, int Recognizer, int Order)>? t_candidates;
    [ThreadStatic] private static List<TemporalExpression>? t_emitted;
    [ThreadStatic] private static List<TemporalExpression>? t_chosen;
    [ThreadStatic] private static List<TemporalPhrase>? t_phrases;

    /// <summary>The phrases of a text, in order; the list is the thread's own and is reused by its next call.</summary>
    public static List<TemporalPhrase> Recognize(string text)
    {
        var matches = t_matches ??= [];
        var candidates = t_candidates ??= [];
        var emitted = t_emitted ??= [];
        matches.Clear();
        candidates.Clear();
        TemporalShapes.All.Scan(text, matches);
        var recognizers = TemporalShapes.All.Recognizers;
        foreach (var (r, start, match) in matches)
        {
            emitted.Clear();
            recognizers[r].Emit(text, start, match, emitted);
            foreach (var e in emitted) candidates.Add((e, r, candidates.Count));
        }
        var expressions = Select(candidates);
        candidates.Clear();
        return Group(text, expressions);
    }

    /// <summary>Longest first at each position, no overlaps; among equals, the one of the earlier shape, then the one found first.</summary>
    private static List<TemporalExpression> Select(List<(TemporalExpression Expression, int Recognizer, int Order)> found)
    {
        found.Sort(static (a, b) =>
            a.Expression.Start != b.Expression.Start ? a.Expression.Start.CompareTo(b.Expression.Start)
            : a.Expression.Length != b.Expression.Length ? b.Expression.Length.CompareTo(a.Expression.Length)
            : a.Recognizer != b.Recognizer ? a.Recognizer.CompareTo(b.Recognizer)
            : a.Order.CompareTo(b.Order));
        var chosen = t_chosen ??= [];
        chosen.Clear();
        var end = 0;
        foreach (var (e, _, _) in found)
        {
            if (e.Start < end) continue;
            chosen.Add(e);
            end = e.End;
        }
        return chosen;
    }

    private static List<TemporalPhrase> Group(string text, List<TemporalExpression> expressions)
    {
        var phrases = t_phrases ??= [];
        phrases.Clear();
        for (var i = 0; i < expressions.Count;)
        {
            var (phrase, next) = Phrase(text, expressions, i);
            if (next < expressions.Count && ConnectorEnd(text, phrase.End) == expressions[next].Start)
            {
                var (upper, after) = Phrase(text, expressions, next);
                phrase = phrase with { RangeEnd = new RangeEnd(upper.Date, upper.Time), End = upper.End };
                next = after;
            }
            else if (text.AsSpan(phrase.End).StartsWith("至今"))
            {
                phrase = phrase with { UntilNow = true, End = phrase.End + 2 };
            }
            if (phrases.Count > 0 && IsOrdinalOfPreviousDay(text, phrases[^1], phrase))
                phrase = phrase with { Date = phrase.Date with { Offset = 0 } };
            if (EndMarkerBefore(text, phrase.Start) is { } marker)
                phrase = phrase with { EndOnly = true, Start = phrase.Start - marker.Length };
            phrases.Add(phrase);
            i = next;
        }
        return phrases;
    }

    /// <summary>截至, 截止到 … written right before a phrase.</summary>
    private static string? EndMarkerBefore(string text, int start)
    {
        var before = text.AsSpan(0, start);
        foreach (var marker in TemporalShapes.EndMarkers)
            if (before.EndsWith(marker)) return marker;
        return null;
    }

    private const string RangeConnectors = "至到-—~";

    /// <summary>Where the second end of a range may start after "至", "到", "-", "—" or "~" (spaces allowed around); −1 when there is no connector.</summary>
    private static int ConnectorEnd(string text, int i)
    {
        if (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !RangeConnectors.Contains(text[i])) return -1;
        i++;
        return i < text.Length && text[i] == ' ' ? i + 1 : i;
    }

    /// <summary>"2月13日,进驻社区第二天": 第二天 in the same sentence as a date names that date, not the day after.</summary>
    private static bool IsOrdinalOfPreviousDay(string text, TemporalPhrase previous, TemporalPhrase phrase) =>
        phrase.Date.Kind == ExpressionKind.RelativeDay && text[phrase.Start] == '第'
        && previous.Date.Kind == ExpressionKind.Calendar && previous.Date.Day is not null
        && text.AsSpan(previous.End, phrase.Start - previous.End).IndexOfAny("。！？\n") < 0;

    /// <summary>A date and the time of day written right after it: 2月13日晚8时许, 8日凌晨1点55分.</summary>
    private static (TemporalPhrase Phrase, int Next) Phrase(string text, List<TemporalExpression> expressions, int i)
    {
        var e = expressions[i];
        if (e.Kind != ExpressionKind.TimeOfDay && i + 1 < expressions.Count && expressions[i + 1] is { Kind: ExpressionKind.TimeOfDay } t
            && (t.Start == e.End || (t.Start == e.End + 1 && text[e.End] == ' ')))
            return (new TemporalPhrase(e, e.Start, t.End) { Time = e.Evening && t.Time is { Hour: < 12 } et ? et with { Hour = et.Hour + 12 } : t.Time }, i + 2);
        var partOf = e switch
        {
            { Kind: ExpressionKind.Calendar, Month: not null, Day: null } => true,
            { Kind: ExpressionKind.Calendar, Year: not null, Month: null } or { Kind: ExpressionKind.RelativeYear } => false,
            _ => (bool?)null,
        };
        var next = i + 1 < expressions.Count ? expressions[i + 1].Start : text.Length;
        if (partOf is { } ofMonth && PeriodParts.Match(text, e.End, ofMonth) is { } part && e.End + part.Length <= next)
            return (new TemporalPhrase(e, e.Start, e.End + part.Length) { Time = e.Time, Part = (part.From, part.To) }, i + 1);
        return (new TemporalPhrase(e, e.Start, e.End) { Time = e.Time }, i + 1);
    }
}
