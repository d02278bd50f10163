namespace NewsCorpus.Extraction.Dates;

/// <summary>
/// Finds dates and times in normalised text and resolves them to inclusive ISO ranges: absolute
/// (2020年2月19日), relative to the publication date (去年, 昨日, 下周三, 8日), lunar (除夕, 正月十五),
/// ranges (1月21日至29日), ends (截至2月17日) and times of day (凌晨1点55分).
/// Without a reference date, relative expressions are kept with a null start and end.
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(string text, DateOnly? reference)
    {
        var resolver = new DateResolver(reference);
        var mentions = new List<DateMention>();
        foreach (var phrase in TemporalRecognizer.Recognize(text))
        {
            var span = new Span(phrase.Start, phrase.End);
            var written = text[phrase.Start..phrase.End];
            if (resolver.Resolve(phrase) is { } r)
            {
                var end = DateResolver.Format(r.End, r.Grain);
                // A day is one string for both ends.
                var start = phrase.EndOnly ? null : r.Start == r.End ? end : DateResolver.Format(r.Start, r.Grain);
                mentions.Add(new DateMention(written, start, end, r.Grain, span, r.Vague));
            }
            else
            {
                mentions.Add(new DateMention(written, null, null, GrainOf(phrase), span, phrase.Date.Kind == ExpressionKind.Vague));
            }
        }
        return mentions;
    }

    /// <summary>The grain a phrase states even when it cannot be resolved (no reference date).</summary>
    private static string GrainOf(TemporalPhrase phrase)
    {
        if (phrase.Time is { } t) return t.Minute is null ? DateGrains.Hour : DateGrains.Minute;
        var e = phrase.Date;
        return e.Kind switch
        {
            ExpressionKind.RelativeYear or ExpressionKind.YearRange => DateGrains.Year,
            ExpressionKind.RelativeMonth => DateGrains.Month,
            ExpressionKind.RelativeWeek when e.Weekday is null => DateGrains.Week,
            ExpressionKind.Calendar when e.Day is null => e.Month is null ? DateGrains.Year : DateGrains.Month,
            ExpressionKind.Lunar when e.LunarDay is null && !e.LunarEve => DateGrains.Month,
            _ => DateGrains.Day,
        };
    }
}
