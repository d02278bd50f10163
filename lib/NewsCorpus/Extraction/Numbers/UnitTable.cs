using System.Text;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Numbers;

/// <summary>A unit as written after a number and what it becomes: canonical code, factor, kind.</summary>
/// <param name="Kind">A <see cref="QuantityKinds"/> value, or null for words that make the number not a quantity (号, 周年, 后).</param>
public sealed record UnitDefinition(string Written, string? Canonical, decimal Factor, string? Kind);

/// <summary>
/// The units of DESIGN.md as data, matched longest first (千瓦时 before 千, 平方米 before 米).
/// Counts keep their classifier as unit; durations use UCUM codes (h, min, d, wk, mo, a).
/// </summary>
public sealed class UnitTable
{
    private readonly Dictionary<string, UnitDefinition> _byWritten;
    /// <summary>The units by their first character, longest first: a few comparisons instead of a lookup per length.</summary>
    private readonly Dictionary<char, UnitDefinition[]> _byFirst;
    /// <summary>The first characters of all units: text starting with anything else is no unit, without a lookup.</summary>
    private readonly CharSet _firsts;

    /// <remarks>Loops, not LINQ grouping and ordering by character and length: the precompiled image lacks
    /// those instantiations, and the JIT compiling them cost every run's start tens of methods.</remarks>
    public UnitTable(IEnumerable<UnitDefinition> units)
    {
        _byWritten = [];
        var byFirst = new Dictionary<char, List<UnitDefinition>>();
        var firsts = new StringBuilder();
        foreach (var unit in units)
        {
            _byWritten.Add(unit.Written, unit);
            if (unit.Written.Length == 0) continue;
            if (!byFirst.TryGetValue(unit.Written[0], out var same))
            {
                byFirst[unit.Written[0]] = same = [];
                firsts.Append(unit.Written[0]);
            }
            // Longest first; among units of one length, table order.
            var at = 0;
            while (at < same.Count && same[at].Written.Length >= unit.Written.Length) at++;
            same.Insert(at, unit);
        }
        _byFirst = [];
        var firstChars = firsts.ToString();
        foreach (var first in firstChars) _byFirst[first] = [.. byFirst[first]];
        _firsts = new CharSet(firstChars);
    }

    public static UnitTable Default { get; } = new(Build());

    public IEnumerable<UnitDefinition> Units => _byWritten.Values;

    /// <summary>The longest unit written at the start of text, or null.</summary>
    public UnitDefinition? Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_firsts.Contains(text[0])) return null;
        foreach (var unit in _byFirst[text[0]])
            if (text.StartsWith(unit.Written)) return unit;
        return null;
    }

    /// <summary>Whether a unit starts at text whose first character is c (so 千 in 4285万千瓦时 is not a multiplier).</summary>
    public bool StartsUnit(ReadOnlySpan<char> text) => Match(text) is { Written.Length: > 1 };

    private static IEnumerable<UnitDefinition> Build()
    {
        foreach (var (w, code) in new[]
        {
            ("元", "CNY"), ("块", "CNY"), ("块钱", "CNY"), ("人民币", "CNY"), ("元人民币", "CNY"), ("圆", "CNY"),
            ("美元", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"), ("欧元", "EUR"), ("日元", "JPY"),
            ("英镑", "GBP"), ("韩元", "KRW"), ("澳元", "AUD"), ("加元", "CAD"), ("卢布", "RUB"), ("新台币", "TWD"), ("澳门元", "MOP"),
        })
            yield return new(w, code, 1m, QuantityKinds.Money);

        foreach (var (w, code, factor) in new[]
        {
            ("毫升", "mL", 1m), ("升", "mL", 1000m), ("公升", "mL", 1000m),
            ("吨", "t", 1m), ("公斤", "kg", 1m), ("千克", "kg", 1m), ("斤", "kg", 0.5m), ("克", "kg", 0.001m), ("毫克", "kg", 0.000001m),
            ("公里", "km", 1m), ("千米", "km", 1m), ("米", "m", 1m), ("厘米", "m", 0.01m), ("毫米", "m", 0.001m),
            ("平方米", "m2", 1m), ("平米", "m2", 1m), ("平方公里", "km2", 1m), ("公顷", "m2", 10_000m), ("亩", "亩", 1m),
            ("立方米", "m3", 1m), ("千瓦时", "kWh", 1m), ("度电", "kWh", 1m), ("千瓦", "kW", 1m), ("兆瓦", "kW", 1000m),
            ("摄氏度", "°C", 1m), ("℃", "°C", 1m),
        })
            yield return new(w, code, factor, QuantityKinds.Measure);

        yield return new("%", "%", 1m, QuantityKinds.Percent);
        yield return new("倍", "倍", 1m, QuantityKinds.Number);
        yield return new("‰", "%", 0.1m, QuantityKinds.Percent);

        foreach (var (w, code) in new[]
        {
            ("秒", "s"), ("秒钟", "s"), ("分钟", "min"), ("小时", "h"), ("个小时", "h"), ("个钟头", "h"), ("钟头", "h"),
            ("天", "d"), ("昼夜", "d"), ("周", "wk"), ("个星期", "wk"), ("星期", "wk"), ("个礼拜", "wk"),
            ("个月", "mo"), ("年", "a"), ("个年头", "a"),
        })
            yield return new(w, code, 1m, QuantityKinds.Duration);

        yield return new("岁", "a", 1m, QuantityKinds.Age);
        yield return new("周岁", "a", 1m, QuantityKinds.Age);

        foreach (var classifier in new[]
        {
            "名", "人", "位", "个", "家", "户", "套", "瓶", "包", "栋", "幢", "起", "次", "人次", "户次", "架次", "辆", "支", "所", "双",
            "项", "条", "盒", "件", "台", "只", "头", "张", "本", "份", "批", "场", "轮", "层", "座", "处", "间", "根", "枚", "颗",
            "袋", "箱", "桶", "架", "艘", "趟", "遍", "篇", "首", "部", "片", "棵", "株", "匹", "组", "队", "例", "步", "笔", "单",
            "种", "类", "门", "对", "把", "宗", "期", "床", "罐", "剂", "针", "单元",
        }.Distinct())
            yield return new(classifier, classifier, 1m, QuantityKinds.Count);

        // Words that turn a number into an ordinal, label or cohort: never a quantity.
        foreach (var label in new[] { "号", "周年", "后", "届", "版", "楼", "号线", "路", "级", "大" })
            yield return new(label, null, 1m, null);
    }
}
