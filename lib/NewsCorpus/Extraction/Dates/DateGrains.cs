namespace NewsCorpus.Extraction.Dates;

/// <summary>The values of <see cref="DateMention.Grain"/>, coarsest first.</summary>
public static class DateGrains
{
    public const string Year = "year";
    public const string Month = "month";
    public const string Week = "week";
    public const string Day = "day";
    public const string Hour = "hour";
    public const string Minute = "minute";
    public const string Second = "second";

    public static bool IsDayOrFiner(string grain) => grain is Day or Hour or Minute or Second;
}
