using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Dating;

/// <summary>A publication date worked out from a page's content, with the evidence for it.</summary>
public sealed record InferredDate(DateOnly Date, string Evidence);

/// <summary>
/// Infers a publication date from what a page says about its own time. The year comes from a lunar
/// date that fits only one year of <see cref="Years"/> (ChineseLunisolarCalendar), or from "今年M月"
/// following a dated event of the year before; the day is the latest dated event, so the result is a
/// lower bound ("not before"), and the evidence says so. Without a year nothing is inferred.
/// </summary>
public sealed partial class DateInference
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <param name="years">Years a page may be from; a lunar date must fit exactly one of them.</param>
    public DateInference(Range? years = null)
    {
        var (first, last) = years is { } r ? (r.Start.Value, r.End.Value) : (2000, DateTime.Today.Year + 1);
        Years = (first, last);
    }

    public (int First, int Last) Years { get; }

    public InferredDate? Infer(string text)
    {
        var year = LunarYear(text) ?? ThisYearAfterDatedEvent(text);
        if (year is not var (y, why)) return null;
        var latest = LatestEvent(text, y);
        return latest is var (date, mention)
            ? new(date, $"not before {date:yyyy-MM-dd}: latest dated event “{mention}”; year {y}: {why}")
            : null;
    }

    /// <summary>"1月28日,农历大年初四": the years whose 正月初四 falls on 1月28日; used when exactly one does.</summary>
    private (int, string)? LunarYear(string text)
    {
        foreach (Match m in LunarDate().Matches(text))
        {
            var month = int.Parse(m.Groups[1].Value);
            var day = int.Parse(m.Groups[2].Value);
            var lunarDay = (int)ChineseNumerals.Parse(m.Groups[3].Value)!;
            var fits = new List<int>();
            for (var y = Years.First; y <= Years.Last; y++)
            {
                if (!DateOnly.TryParse($"{y:D4}-{month:D2}-{day:D2}", CultureInfo.InvariantCulture, out var date)) continue;
                var dt = date.ToDateTime(TimeOnly.MinValue);
                var lunarYear = Lunar.GetYear(dt);
                if (Lunar.GetMonth(dt) == 1 && Lunar.GetDayOfMonth(dt) == lunarDay && Lunar.GetLeapMonth(lunarYear) != 1) fits.Add(y);
            }
            if (fits.Count == 1)
                return (fits[0], $"“{Compact(m.Value)}” (正月初{m.Groups[3].Value} on {month}月{day}日) fits only {fits[0]} among {Years.First}–{Years.Last}");
        }
        return null;
    }

    /// <summary>"2021年12月21日 … 今年1月7日": 今年 is the year after an explicitly dated event in a later month.</summary>
    private static (int, string)? ThisYearAfterDatedEvent(string text)
    {
        var thisYear = ThisYearMonth().Match(text);
        if (!thisYear.Success) return null;
        var month = int.Parse(thisYear.Groups[1].Value);
        foreach (Match full in FullDate().Matches(text))
        {
            if (full.Index > thisYear.Index) break;
            if (int.Parse(full.Groups[2].Value) > month)
            {
                var y = int.Parse(full.Groups[1].Value) + 1;
                return (y, $"“{Compact(thisYear.Value)}” comes after “{Compact(full.Value)}”, so 今年 is {y}");
            }
        }
        return null;
    }

    /// <summary>The latest date the page reports as happened: month-day mentions in year <paramref name="year"/> and full dates, skipping announced ones (预计, 将于).</summary>
    private static (DateOnly, string)? LatestEvent(string text, int year)
    {
        (DateOnly Date, string Text)? latest = null;
        foreach (Match m in MonthDay().Matches(text))
        {
            var before = text.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index));
            if (before.Contains("预计", StringComparison.Ordinal) || before.Contains("将于", StringComparison.Ordinal)) continue;
            var y = m.Groups[1].Success ? int.Parse(m.Groups[1].Value) : year;
            if (y != year) continue;
            if (!DateOnly.TryParse($"{y:D4}-{int.Parse(m.Groups[2].Value):D2}-{int.Parse(m.Groups[3].Value):D2}", CultureInfo.InvariantCulture, out var d)) continue;
            if (latest is null || d > latest.Value.Date) latest = (d, Compact(m.Value));
        }
        return latest;
    }

    private static string Compact(string s) => WhiteSpace().Replace(s, "");

    [GeneratedRegex(@"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[,，]?\s*农历\s*(?:大年|正月)\s*初([一二三四五六七八九十]{1,2})")]
    private static partial Regex LunarDate();

    [GeneratedRegex(@"今年\s*(\d{1,2})\s*月")]
    private static partial Regex ThisYearMonth();

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?:(\d{4})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
