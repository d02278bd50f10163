namespace NewsCorpus.Extraction.Numbers;

/// <summary>The values of <see cref="Quantity.Kind"/>.</summary>
public static class QuantityKinds
{
    public const string Count = "count";
    public const string Money = "money";
    public const string Measure = "measure";
    public const string Percent = "percent";
    public const string Duration = "duration";
    public const string Age = "age";
    public const string Fraction = "fraction";
    public const string Number = "number";
}

/// <summary>The values of <see cref="Quantity.Approx"/> (DESIGN.md).</summary>
public static class Approximations
{
    public const string About = "about";
    public const string Under = "under";
    public const string Over = "over";

    /// <summary>Words before a number: 约 100, 近 300, 超 40, 不到五分之一.</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["约"] = About, ["约有"] = About, ["大约"] = About, ["大概"] = About, ["约为"] = About, ["约合"] = About, ["折合约"] = About,
        ["近"] = Under, ["将近"] = Under, ["接近"] = Under, ["不到"] = Under, ["不足"] = Under, ["少于"] = Under, ["低于"] = Under, ["≤"] = Under, ["<"] = Under, ["不超过"] = Under, ["不高于"] = Under, ["不多于"] = Under,
        ["超"] = Over, ["超过"] = Over, ["逾"] = Over, ["至少"] = Over, ["多于"] = Over, ["高于"] = Over, ["≥"] = Over, [">"] = Over, ["不低于"] = Over, ["不少于"] = Over, ["不下"] = Over,
    };

    /// <summary>Words right after a number or its multiplier: 10余, 20多, 二十几, 十来.</summary>
    public static readonly IReadOnlyDictionary<char, string> NumberSuffixes = new Dictionary<char, string>
    {
        ['余'] = Over, ['多'] = Over, ['几'] = Over, ['来'] = About,
    };

    /// <summary>Words after the unit: 17小时左右, 15个小时以上.</summary>
    public static readonly IReadOnlyDictionary<string, string> Suffixes = new Dictionary<string, string>
    {
        ["左右"] = About, ["上下"] = About, ["许"] = About, ["以上"] = Over, ["之多"] = Over, ["以下"] = Under, ["以内"] = Under,
    };

    /// <summary>Stacked words (超40余万元) agree or cancel out to "about".</summary>
    public static string? Combine(string? a, string? b) => a is null ? b : b is null || a == b ? a : About;
}
