namespace NewsCorpus.Analysis.Charts;

/// <summary>A family of quantities worth following over time, recognised by unit (DESIGN.md, Units).</summary>
/// <param name="Label">Chart label, Chinese and English.</param>
/// <param name="Units">Canonical units that belong to the family.</param>
/// <param name="Axis">Title of the value axis.</param>
public sealed record QuantityCategory(string Label, IReadOnlySet<string> Units, string Axis)
{
    public bool Matches(Quantity quantity) => quantity.Value is not null && quantity.Unit is { } unit && Units.Contains(unit);

    public static QuantityCategory Blood { get; } = new("献血量 Blood collected", new HashSet<string> { "mL" }, "毫升 mL");
    public static QuantityCategory Money { get; } = new("金额 Money", new HashSet<string> { "CNY" }, "元 CNY");
    public static QuantityCategory People { get; } = new("人数 People", new HashSet<string> { "名", "人", "位", "人次" }, "人 people");
    public static QuantityCategory Enterprises { get; } = new("企业与单位 Enterprises and units", new HashSet<string> { "家" }, "家 units");

    /// <summary>The families the numbers notebook follows.</summary>
    public static IReadOnlyList<QuantityCategory> Defaults { get; } = [Blood, Money, People, Enterprises];
}
