using System.Buffers;
using NewsCorpus.Segmentation;
using NewsCorpus.Text;

namespace NewsCorpus.Extraction.Numbers;

/// <summary>
/// Finds numbers with their units in normalised text: counts with their classifier, money with its
/// currency, measures in canonical units, percentages, fractions, durations and ages, ranges and
/// approximation words. Ordinals, document numbers, phone numbers, IDs and years are left out.
/// </summary>
public sealed class QuantityExtractor(UnitTable units)
{
    private const string PercentPrefix = "百分之";
    private const string FractionInfix = "分之";
    private const string RangeConnectors = "至到-~—";

    public static QuantityExtractor Default { get; } = new(UnitTable.Default);

    /// <summary>Characters a quantity can start with (百 of 百分之 is a numeral): the scan goes from one to the next.
    /// Numerals are common characters (一, 十 …), so they are tested one by one rather than searched for.</summary>
    private static readonly CharSet NumberStarts =
        new([.. "0123456789", .. ChineseNumerals.Digits.Keys, .. ChineseNumerals.PlaceUnits.Keys,
            .. ChineseNumerals.SectionUnits.Keys, .. ChineseNumerals.Tens.Keys]);

    /// <summary>Stands in for text already read as something else (a date), so no quantity reaches into it.</summary>
    private const char Masked = '\uFFFC';

    /// <summary>Quantities in text, in order; spans in <paramref name="skip"/> (e.g. dates) are not read.</summary>
    public IReadOnlyList<Quantity> Extract(string text, IReadOnlyList<Span>? skip = null) =>
        skip is null || skip.Count == 0 ? Extract(text.AsSpan()) : Extract(text, skip, static s => s);

    /// <summary>Quantities in text, in order; the dates found in it are not read.</summary>
    public IReadOnlyList<Quantity> Extract(string text, IReadOnlyList<DateMention> dates) =>
        dates.Count == 0 ? Extract(text.AsSpan()) : Extract(text, dates, static d => d.Span);

    private List<Quantity> Extract<T>(string text, IReadOnlyList<T> skip, Func<T, Span> spanOf)
    {
        // The masked copy lives in a pooled buffer: only the quantities found become strings.
        var masked = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var view = masked.AsSpan(0, text.Length);
            text.CopyTo(view);
            for (var i = 0; i < skip.Count; i++)
            {
                var span = spanOf(skip[i]);
                view[span.Start..span.End].Fill(Masked);
            }
            return Extract(view);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(masked);
        }
    }

    private List<Quantity> Extract(ReadOnlySpan<char> view)
    {
        var found = new List<Quantity>();
        for (var i = 0; i < view.Length;)
        {
            i = NumberStarts.IndexIn(view, i);
            if (i < 0) break;
            if (!StartsNumber(view, i))
            {
                i++;
                continue;
            }
            var (quantity, next) = ReadAt(view, i);
            if (quantity is not null) found.Add(quantity);
            i = Math.Max(next, i + 1);
        }
        return found;
    }

    private static bool StartsNumber(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (!char.IsAsciiDigit(c) && !ChineseNumerals.IsNumeral(c) && !text[i..].StartsWith(PercentPrefix)) return false;
        if (i == 0) return true;
        var before = text[i - 1];
        return !(char.IsAsciiLetterOrDigit(before) || before is '.' || (ChineseNumerals.IsNumeral(before) && !char.IsAsciiDigit(c)));
    }

    /// <summary>Reads the quantity starting at i; returns where scanning resumes.</summary>
    private (Quantity? Quantity, int Next) ReadAt(ReadOnlySpan<char> view, int i)
    {
        if (view[i..].StartsWith(PercentPrefix)) return ReadSpelledPercent(view, i);
        if (NumeralReader.Read(view, i, units) is not { } first) return (null, i + 1);
        if (IsLabel(view, first)) return (null, first.End);
        if (IsCode(view, first)) return (null, SkipCode(view, first.Start));

        var (start, approx) = ReadPrefix(view, i);
        var j = first.End;
        if (first.Value != 0 && view[j..].StartsWith(FractionInfix) && NumeralReader.Read(view, j + FractionInfix.Length, units) is { } denominatorOf)
        {
            var fraction = denominatorOf.Value / first.Value;
            var end = ReadSuffix(view, denominatorOf.End, ref approx);
            return (Make(view, start, end, fraction, null, approx, null, null, QuantityKinds.Fraction), end);
        }

        var value = first.Value;
        decimal? max = first.Max;
        var multiplier = first.Multiplier;
        (j, approx, value, multiplier) = ReadNumberSuffix(view, j, approx, value, multiplier, first.Chinese);

        if (max is null && j + 1 < view.Length && RangeConnectors.Contains(view[j]) && ReadRangeEnd(view, j + 1, first) is { } upper)
        {
            var (upperEnd, upperApprox, upperValue, upperMultiplier) = ReadNumberSuffix(view, upper.End, null, upper.Value, upper.Multiplier, upper.Chinese);
            if (multiplier == 1m && upperMultiplier != 1m) value *= upperMultiplier; // 10-20万元
            if (value < upperValue)
            {
                max = upperValue;
                j = upperEnd;
                approx = Approximations.Combine(approx, upperApprox);
            }
        }

        var unit = ReadUnit(view, ref j, ref approx);
        if (unit is { Kind: null } || IsAddress(view, start, unit)) return (null, j);
        if (unit is not null && first is { Chinese: false, Length: 4 } && unit.Written == "年" && value is >= 1900 and <= 2100) return (null, j);
        var endAt = ReadSuffix(view, j, ref approx);

        if (unit is null && !KeepBare(view, first, start, endAt, approx)) return (null, endAt);
        // 一人一档, 最后一公里: a lone 一 before a classifier or a measure is idiom far more often than a count.
        if (unit is { Kind: QuantityKinds.Count or QuantityKinds.Measure } && first is { Chinese: true, Length: 1 } && value == 1 && approx is null) return (null, endAt);
        // 千斤重担, 万家平安, (万元) in a table header: a multiplier alone is an idiom or a label; 千万元 and 近千人 are amounts.
        if (first.LoneMultiplier && approx is null && (unit?.Kind != QuantityKinds.Money || first.Length == 1)) return (null, endAt);

        var factor = unit?.Factor ?? 1m;
        return max is { } m
            ? (Make(view, start, endAt, null, unit?.Canonical, approx, value * factor, m * factor, unit?.Kind ?? QuantityKinds.Number), endAt)
            : (Make(view, start, endAt, value * factor, unit?.Canonical, approx, null, null, unit?.Kind ?? QuantityKinds.Number), endAt);
    }

    private (Quantity?, int) ReadSpelledPercent(ReadOnlySpan<char> text, int i)
    {
        if (NumeralReader.Read(text, i + PercentPrefix.Length, units) is not { } n) return (null, i + PercentPrefix.Length);
        var (start, approx) = ReadPrefix(text, i);
        var end = ReadSuffix(text, n.End, ref approx);
        return (Make(text, start, end, n.Value, "%", approx, null, null, QuantityKinds.Percent), end);
    }

    /// <summary>余/多/几 after the number, then a multiplier if none yet: 110余万, 1.1万余, 两百多.</summary>
    private (int End, string? Approx, decimal Value, decimal Multiplier) ReadNumberSuffix(ReadOnlySpan<char> text, int j, string? approx, decimal value, decimal multiplier, bool chinese)
    {
        if (j < text.Length && Approximations.NumberSuffixes.TryGetValue(text[j], out var a) && (text[j] != '来' || chinese))
        {
            approx = Approximations.Combine(approx, a);
            j++;
        }
        if (multiplier == 1m && j < text.Length && ChineseNumerals.SectionUnits.ContainsKey(text[j]))
        {
            var (end, m) = NumeralReader.ReadMultipliers(text, j, units);
            value *= m;
            multiplier = m;
            j = end;
        }
        return (j, approx, value, multiplier);
    }

    private Numeral? ReadRangeEnd(ReadOnlySpan<char> text, int k, Numeral first)
    {
        if (k < text.Length && text[k] == '—') k++;
        if (k >= text.Length || !(first.Chinese ? ChineseNumerals.IsNumeral(text[k]) : char.IsAsciiDigit(text[k]))) return null;
        return NumeralReader.Read(text, k, units);
    }

    /// <summary>The unit after a number, including "个多小时" where 多 sits inside the unit.</summary>
    private UnitDefinition? ReadUnit(ReadOnlySpan<char> text, ref int j, ref string? approx)
    {
        if (j + 2 < text.Length && text[j] == '个' && Approximations.NumberSuffixes.TryGetValue(text[j + 1], out var inner))
        {
            var joined = string.Concat("个", text.Slice(j + 2, Math.Min(3, text.Length - j - 2)));
            var within = units.Match(joined) ?? (text[j + 2] == '月' ? units.Match("个月") : null);
            if (within is { Written.Length: > 1 })
            {
                approx = Approximations.Combine(approx, inner);
                j += within.Written.Length + 1;
                return within;
            }
        }
        var unit = units.Match(text[j..]);
        if (unit is not null) j += unit.Written.Length;
        return unit;
    }

    /// <summary>The approximation words in table order, and the characters they end or start with, so most numbers skip the table.</summary>
    private static readonly (string Word, string Approx)[] Prefixes = InOrder(Approximations.Prefixes);
    private static readonly CharSet PrefixEnds = new(string.Concat(Approximations.Prefixes.Keys.Select(w => w[^1..])));
    private static readonly (string Word, string Approx)[] Suffixes = InOrder(Approximations.Suffixes);
    private static readonly CharSet SuffixStarts = new(string.Concat(Approximations.Suffixes.Keys.Select(w => w[..1])));

    /// <remarks>A loop, not LINQ over tuples: the precompiled image has no such instantiation, and the JIT
    /// compiling one costs every run's start.</remarks>
    private static (string Word, string Approx)[] InOrder(IReadOnlyDictionary<string, string> words)
    {
        var table = new (string, string)[words.Count];
        var k = 0;
        foreach (var (word, approx) in words) table[k++] = (word, approx);
        return table;
    }

    /// <summary>The longest approximation word right before i (the first in table order among equals).</summary>
    private static (int Start, string? Approx) ReadPrefix(ReadOnlySpan<char> text, int i)
    {
        string? approx = null;
        var start = i;
        if (i == 0 || !PrefixEnds.Contains(text[i - 1])) return (start, approx);
        foreach (var (word, a) in Prefixes)
        {
            if (i - word.Length < 0 || !text[(i - word.Length)..].StartsWith(word) || i - word.Length >= start) continue;
            start = i - word.Length;
            approx = a;
        }
        return (start, approx);
    }

    private static int ReadSuffix(ReadOnlySpan<char> text, int j, ref string? approx)
    {
        if (j >= text.Length || !SuffixStarts.Contains(text[j])) return j;
        foreach (var (word, a) in Suffixes)
        {
            if (!text[j..].StartsWith(word)) continue;
            approx = Approximations.Combine(approx, a);
            return j + word.Length;
        }
        return j;
    }

    /// <summary>Ordinals (第16个), document numbers ([2020]5号, 〔2020〕), list markers ((1), 1、) and codes (N95).</summary>
    private static bool IsLabel(ReadOnlySpan<char> text, Numeral n)
    {
        var before = n.Start > 0 ? text[n.Start - 1] : '\n';
        var after = n.End < text.Length ? text[n.End] : '\n';
        if (before is '第' or '[' or '〔' or '【' or '#' or '/' or '×' or '*' || char.IsAsciiLetter(before)) return true;
        if (after is ']' or '〕' or '】' or '、' or '×' or '*' || char.IsAsciiLetter(after)) return true;
        return !n.Chinese && (before is '(' or '（') && after is ')' or '）';
    }

    /// <summary>Phone numbers and codes: a leading zero (0731-28681395) or seven digits and more in a row.</summary>
    private static bool IsCode(ReadOnlySpan<char> text, Numeral n)
    {
        if (n.Chinese) return false;
        var run = 0;
        for (var k = n.Start; k < text.Length && char.IsAsciiDigit(text[k]); k++) run++;
        return (run >= 2 && text[n.Start] == '0') || (run >= 7 && n.End == n.Start + run && !IsUnitAhead(text, n.End));
    }

    private static bool IsUnitAhead(ReadOnlySpan<char> text, int k) => k < text.Length && (CharClass.IsHan(text[k]) || text[k] == '%');

    private static int SkipCode(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] == '-')) k++;
        return k;
    }

    /// <summary>Classifiers that also number buildings and floors in an address (小区4栋, 位于17层).</summary>
    private static readonly HashSet<string> AddressClassifiers = ["栋", "幢", "层", "单元"];

    /// <summary>What precedes a building or floor number rather than a count of them.</summary>
    private const string AddressContext = "区村园苑庭城院楼在于";

    private static bool IsAddress(ReadOnlySpan<char> text, int start, UnitDefinition? unit) =>
        unit is not null && AddressClassifiers.Contains(unit.Written) && start > 0 && AddressContext.Contains(text[start - 1]);

    /// <summary>A bare number after these is a number to dial (拨打120), not a quantity.</summary>
    private static readonly string[] DialWords = ["拨打", "电话", "热线", "致电"];

    /// <summary>Bare numbers are kept unless they are years, phone numbers, IDs or codes; Chinese ones only as plain numerals.</summary>
    private static bool KeepBare(ReadOnlySpan<char> text, Numeral n, int start, int end, string? approx)
    {
        foreach (var word in DialWords)
            if (text[..start].EndsWith(word)) return false;
        var written = text.Slice(n.Start, n.Length);
        if (n.Chinese)
            return n.Length >= 2 && !n.LoneMultiplier && (end >= text.Length || !CharClass.IsHan(text[end]) || approx is not null) && ContainsPlace(written);
        if (written.Length >= 2 && written[0] == '0' && (written.Length < 2 || written[1] != '.')) return false;
        var digits = 0;
        foreach (var c in written) if (char.IsAsciiDigit(c)) digits++;
        if (digits >= 7 && !written.Contains('.') && !written.Contains(',')) return false;
        if (digits == 4 && written.Length == 4 && n.Value is >= 1900 and <= 2100) return false;
        if (end < text.Length && CharClass.IsHan(text[end])) return false; // a name or label: 84消毒液, 7天5检
        return !(end < text.Length && text[end] == '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    private static bool ContainsPlace(ReadOnlySpan<char> written)
    {
        foreach (var c in written) if (ChineseNumerals.IsMultiplier(c) || ChineseNumerals.Tens.ContainsKey(c)) return true;
        return false;
    }

    private static Quantity Make(ReadOnlySpan<char> text, int start, int end, decimal? value, string? unit, string? approx, decimal? min, decimal? max, string kind) =>
        new(text[start..end].ToString(), value, unit, approx, min, max, kind, new Span(start, end));
}
