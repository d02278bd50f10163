namespace NewsCorpus.Extraction.Dates;

/// <summary>Parts of a month or a year written right after it: 2月初, 3月下旬, 去年年底, 2021年上半年.</summary>
internal static class PeriodParts
{
    /// <summary>Days of a month (the last day is capped at the month's length).</summary>
    private static readonly (string Suffix, int From, int To)[] OfMonth =
        [("上旬", 1, 10), ("中旬", 11, 20), ("下旬", 21, 31), ("初", 1, 10), ("底", 21, 31), ("末", 21, 31)];

    /// <summary>Months of a year.</summary>
    private static readonly (string Suffix, int From, int To)[] OfYear =
        [("上半年", 1, 6), ("下半年", 7, 12), ("年底", 12, 12), ("年末", 12, 12), ("年初", 1, 1), ("底", 12, 12), ("末", 12, 12), ("初", 1, 1)];

    /// <summary>The part written at text[at..], longest first; null when none.</summary>
    public static (int Length, int From, int To)? Match(string text, int at, bool ofMonth)
    {
        foreach (var (suffix, from, to) in ofMonth ? OfMonth : OfYear)
            if (text.AsSpan(at).StartsWith(suffix)) return (suffix.Length, from, to);
        return null;
    }
}
