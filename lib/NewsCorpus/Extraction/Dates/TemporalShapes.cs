namespace NewsCorpus.Extraction.Dates;

/// <summary>The shapes of temporal expressions in normalised Chinese news text, recognised in one pass.</summary>
internal static class TemporalShapes
{
    public static AnchoredRecognizer Iso { get; } = new IsoShape();
    public static AnchoredRecognizer Calendar { get; } = new CalendarShape();
    public static AnchoredRecognizer DayOfMonth { get; } = new DayOfMonthShape();
    public static AnchoredRecognizer YearRange { get; } = new YearRangeShape();
    public static AnchoredRecognizer TimeOfDay { get; } = new TimeOfDayShape();
    public static AnchoredRecognizer RelativeDay { get; } = new RelativeDayShape();
    public static AnchoredRecognizer RelativeYear { get; } = new RelativeYearShape();
    public static AnchoredRecognizer RelativeMonth { get; } = new RelativeMonthShape();
    public static AnchoredRecognizer RelativeWeek { get; } = new RelativeWeekShape();
    public static AnchoredRecognizer Weekday { get; } = new WeekdayShape();
    public static AnchoredRecognizer Vague { get; } = new VagueShape();
    public static AnchoredRecognizer Lunar { get; } = new LunarShape();
    public static AnchoredRecognizer Holiday { get; } = new HolidayShape();

    /// <summary>All of the above, in one pass over a text; among candidates of equal extent the earlier shape wins.</summary>
    public static AnchoredRecognizerSet All { get; } =
        new([Iso, Calendar, DayOfMonth, YearRange, TimeOfDay, RelativeDay, RelativeYear, RelativeMonth, RelativeWeek, Weekday, Vague, Lunar, Holiday]);

    /// <summary>Words that make a date the end of a period (截至2月17日), longest first.</summary>
    public static readonly string[] EndMarkers = ["截止到", "截至", "截止", "直至"];
}
