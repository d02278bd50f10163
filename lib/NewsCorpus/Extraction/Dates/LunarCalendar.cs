using System.Globalization;

namespace NewsCorpus.Extraction.Dates;

/// <summary>Lunar dates (正月初一, 腊月二十三, 除夕) to Gregorian ones through <see cref="ChineseLunisolarCalendar"/>.</summary>
public static class LunarCalendar
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>The Gregorian date of a lunar month and day in the lunar year that starts in <paramref name="lunarYear"/>.</summary>
    public static DateOnly? ToGregorian(int lunarYear, int month, int day)
    {
        if (lunarYear < 1902 || lunarYear > 2100) return null;
        var leap = Calendar.GetLeapMonth(lunarYear);
        var index = leap > 0 && month >= leap ? month + 1 : month; // months after a leap month shift by one
        if (day > Calendar.GetDaysInMonth(lunarYear, index)) return null;
        return DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0));
    }

    /// <summary>除夕: the last day of the lunar year, the eve of 正月初一 of the next one.</summary>
    public static DateOnly? NewYearsEve(int lunarYear) => ToGregorian(lunarYear + 1, 1, 1)?.AddDays(-1);

    /// <summary>Number of days in a lunar month (for a month-grain 腊月).</summary>
    public static int DaysInMonth(int lunarYear, int month)
    {
        var leap = Calendar.GetLeapMonth(lunarYear);
        return Calendar.GetDaysInMonth(lunarYear, leap > 0 && month >= leap ? month + 1 : month);
    }
}
