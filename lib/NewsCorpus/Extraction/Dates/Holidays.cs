namespace NewsCorpus.Extraction.Dates;

/// <summary>A named day: a fixed Gregorian date or a lunar month and day.</summary>
public sealed record Holiday(string Name, int Month, int Day, bool Lunar);

/// <summary>Festivals and commemoration days as data; names may be written with or without 节.</summary>
public static class Holidays
{
    public static readonly IReadOnlyList<Holiday> All =
    [
        new("元旦", 1, 1, false), new("妇女节", 3, 8, false), new("植树节", 3, 12, false), new("劳动节", 5, 1, false),
        new("青年节", 5, 4, false), new("儿童节", 6, 1, false), new("建党节", 7, 1, false), new("建军节", 8, 1, false),
        new("教师节", 9, 10, false), new("国庆节", 10, 1, false), new("圣诞节", 12, 25, false), new("学雷锋纪念日", 3, 5, false),
        new("春节", 1, 1, true), new("元宵节", 1, 15, true), new("元宵", 1, 15, true), new("端午节", 5, 5, true), new("端午", 5, 5, true),
        new("七夕", 7, 7, true), new("中元节", 7, 15, true), new("中秋节", 8, 15, true), new("中秋", 8, 15, true),
        new("重阳节", 9, 9, true), new("重阳", 9, 9, true), new("腊八节", 12, 8, true), new("腊八", 12, 8, true), new("小年", 12, 23, true),
    ];

    private static readonly Dictionary<string, Holiday> ByName = All.ToDictionary(h => h.Name);

    public static Holiday? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Alternation of every name, longest first, for the recogniser's pattern.</summary>
    internal static string Pattern => string.Join("|", All.Select(h => h.Name).OrderByDescending(n => n.Length));
}
