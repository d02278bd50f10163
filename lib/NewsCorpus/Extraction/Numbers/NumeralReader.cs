
namespace NewsCorpus.Extraction.Numbers;

/// <summary>A number as written: its value, where it ends, and how it was written.</summary>
/// <param name="Max">Upper bound of a spoken range such as 两三 (then Value is the lower bound).</param>
/// <param name="Multiplier">The 万/亿/千/百 multiplier read after Arabic digits (1 when none).</param>
/// <param name="LoneMultiplier">Written with multipliers only (千, 万, 千万): an idiom unless money or approximate.</param>
public readonly record struct Numeral(int Start, int End, decimal Value, decimal? Max, bool Chinese, decimal Multiplier, bool LoneMultiplier)
{
    public int Length => End - Start;
}

/// <summary>Reads one number at a position: Arabic with separators, decimals and Chinese multipliers (16.4亿, 4285万), or a Chinese numeral (两百, 三十, 一点五).</summary>
public static class NumeralReader
{
    public static Numeral? Read(ReadOnlySpan<char> text, int start, UnitTable units)
    {
        if (start >= text.Length) return null;
        return char.IsAsciiDigit(text[start]) ? ReadArabic(text, start, units) : ReadChinese(text, start, units);
    }

    private static Numeral? ReadArabic(ReadOnlySpan<char> text, int start, UnitTable units)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        while (i < text.Length && text[i] == ',' && IsDigits(text, i + 1, 3) && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4]))) i += 4;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (!decimal.TryParse(text.Slice(start, i - start), System.Globalization.NumberStyles.AllowThousands | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return null;
        var (end, multiplier) = ReadMultipliers(text, i, units);
        return new Numeral(start, end, value * multiplier, null, false, multiplier, false);
    }

    /// <summary>万, 亿, 万亿, 千, 百 after Arabic digits; a 千 that begins a unit (千瓦时, 千克) stays with the unit.</summary>
    public static (int End, decimal Multiplier) ReadMultipliers(ReadOnlySpan<char> text, int i, UnitTable units)
    {
        var multiplier = 1m;
        var placeTaken = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (units.StartsUnit(text[i..])) break;
            if (ChineseNumerals.SectionUnits.TryGetValue(c, out var section)) multiplier *= section;
            else if (!placeTaken && multiplier == 1m && c is '千' or '百' or '仟' or '佰')
            {
                multiplier *= ChineseNumerals.PlaceUnits[c];
                placeTaken = true;
            }
            else break;
            i++;
        }
        return (i, multiplier);
    }

    private static Numeral? ReadChinese(ReadOnlySpan<char> text, int start, UnitTable units)
    {
        var end = start;
        while (end < text.Length && (ChineseNumerals.IsNumeral(text[end])
               || (text[end] == ChineseNumerals.Point && end > start && end + 1 < text.Length && ChineseNumerals.Digits.ContainsKey(text[end + 1]))))
            end++;
        // 三千瓦: the 千 belongs to the unit.
        while (end - 1 > start && ChineseNumerals.IsMultiplier(text[end - 1]) && units.StartsUnit(text[(end - 1)..])) end--;
        if (end == start) return null;
        var run = text.Slice(start, end - start);
        if (run.Length == 2 && ChineseNumerals.Digits.TryGetValue(run[0], out var low) && ChineseNumerals.Digits.TryGetValue(run[1], out var high) && high == low + 1 && low > 0)
            return new Numeral(start, end, low, high, true, 1m, false); // 两三个, 七八天
        if (run.Length == 1 && ChineseNumerals.IsFinancial(run[0])) return null; // 收拾, 仟: words, not numbers
        for (; end > start; end--, run = run[..^1])
        {
            if (ChineseNumerals.IsDigitString(run) || ChineseNumerals.Parse(run) is not { } value) continue; // 三三一片区 is a name
            var lone = true;
            foreach (var c in run) lone &= ChineseNumerals.IsMultiplier(c);
            return new Numeral(start, end, value, null, true, 1m, lone);
        }
        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text, int start, int count)
    {
        if (start + count > text.Length) return false;
        for (var k = start; k < start + count; k++) if (!char.IsAsciiDigit(text[k])) return false;
        return true;
    }
}
