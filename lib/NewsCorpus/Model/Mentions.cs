namespace NewsCorpus;

/// <summary>A person credited in a byline, dateline or caption, with the role printed beside the name.</summary>
public sealed record Byline(string Name, string Role);

/// <summary>A temporal expression resolved to an inclusive ISO 8601 range.</summary>
/// <param name="Start">ISO date (day grain or coarser) or date-time (hour, minute, second); null when unresolvable.</param>
/// <param name="Grain">year, month, week, day, hour, minute or second.</param>
/// <param name="Vague">True for expressions such as 近日 that only locate a period loosely.</param>
public sealed record DateMention(string Text, string? Start, string? End, string Grain, Span Span, bool Vague = false);

/// <summary>A number with its canonical unit (DESIGN.md, Units); Min/Max are set for ranges.</summary>
/// <param name="Approx">about, under, over or null.</param>
/// <param name="Kind">count, money, measure, percent, duration, age, fraction or number.</param>
public sealed record Quantity(string Text, decimal? Value, string? Unit, string? Approx, decimal? Min, decimal? Max, string Kind, Span Span);

public sealed record PlaceMention(string Name, string? Parent, string? Level, Span Span);

public sealed record OrganizationMention(string Name, string? Alias, Span Span);

public sealed record PersonMention(string Name, string? Title, Span Span);

public sealed record TopicScore(string Name, double Score);
