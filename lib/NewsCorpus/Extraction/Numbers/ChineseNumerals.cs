using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Numbers;

/// <summary>
/// Chinese numerals as data (digits, financial capitals, place units, section units) and the parser
/// that reads them: 三十 → 30, 两百五 → 250, 一千零十 → 1010, 三亿五千万 → 350000000,
/// 一点五七 → 1.57, 二〇二〇 → 2020.
/// </summary>
public static class ChineseNumerals
{
    /// <summary>Digit characters and their values (common, financial, and colloquial forms).</summary>
    public static readonly IReadOnlyDictionary<char, int> Digits = new Dictionary<char, int>
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['壹'] = 1, ['幺'] = 1, ['二'] = 2, ['两'] = 2, ['贰'] = 2, ['貳'] = 2,
        ['三'] = 3, ['叁'] = 3, ['參'] = 3, ['四'] = 4, ['肆'] = 4, ['五'] = 5, ['伍'] = 5, ['六'] = 6, ['陆'] = 6, ['陸'] = 6,
        ['七'] = 7, ['柒'] = 7, ['八'] = 8, ['捌'] = 8, ['九'] = 9, ['玖'] = 9,
    };

    /// <summary>Place units inside a section of four digits.</summary>
    public static readonly IReadOnlyDictionary<char, int> PlaceUnits = new Dictionary<char, int>
    {
        ['十'] = 10, ['拾'] = 10, ['百'] = 100, ['佰'] = 100, ['千'] = 1000, ['仟'] = 1000,
    };

    /// <summary>Section units that multiply everything before them.</summary>
    public static readonly IReadOnlyDictionary<char, decimal> SectionUnits = new Dictionary<char, decimal>
    {
        ['万'] = 10_000m, ['萬'] = 10_000m, ['亿'] = 100_000_000m, ['億'] = 100_000_000m,
    };

    /// <summary>Shorthand tens: 廿 is 二十, 卅 is 三十.</summary>
    public static readonly IReadOnlyDictionary<char, int> Tens = new Dictionary<char, int> { ['廿'] = 20, ['卅'] = 30 };

    public const char Point = '点';

    /// <summary>Every numeral character, for a test per character of running text that costs no lookup.</summary>
    public static readonly CharSet Numerals = new([.. Digits.Keys, .. PlaceUnits.Keys, .. SectionUnits.Keys, .. Tens.Keys]);

    private static readonly CharSet Multipliers = new([.. PlaceUnits.Keys, .. SectionUnits.Keys]);

    public static bool IsNumeral(char c) => Numerals.Contains(c);

    public static bool IsMultiplier(char c) => Multipliers.Contains(c);

    private const string FinancialForms = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";

    public static bool IsFinancial(char c) => FinancialForms.Contains(c);

    /// <summary>Two digits or more without place units (二〇二〇): how years are written, not quantities.</summary>
    public static bool IsDigitString(ReadOnlySpan<char> s)
    {
        if (s.Length < 2) return false;
        foreach (var c in s) if (!Digits.ContainsKey(c)) return false;
        return true;
    }

    private const string OneToNine = "一二三四五六七八九";

    /// <summary>The numeral for 1 … 99 as list items and lunar days write it: 九, 十, 十五, 二十三.</summary>
    public static string Format(int n) => n switch
    {
        < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(n), n, "1 to 99"),
        < 10 => OneToNine[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + OneToNine[n - 11],
        _ => OneToNine[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : OneToNine[n % 10 - 1].ToString()),
    };

    /// <summary>Parses a whole span as one Chinese numeral; null when it is not one.</summary>
    public static decimal? Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return null;
        var point = s.IndexOf(Point);
        if (point >= 0)
        {
            var whole = point == 0 ? null : Parse(s[..point]);
            var fraction = ParseDigitString(s[(point + 1)..]);
            if (whole is null || fraction is not { } f || point + 1 == s.Length) return null;
            return whole.Value + f / Pow10(s.Length - point - 1);
        }
        if (s.Length > 1 && ParseDigitString(s) is { } positional) return positional;
        return ParseGrouped(s);
    }

    /// <summary>Digit by digit, as in years and decimals: 二〇二〇 → 2020, 五七 → 57.</summary>
    private static decimal? ParseDigitString(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return null;
        decimal value = 0;
        foreach (var c in s)
        {
            if (!Digits.TryGetValue(c, out var d) || c == '两') return null;
            value = value * 10 + d;
        }
        return value;
    }

    private static decimal? ParseGrouped(ReadOnlySpan<char> s)
    {
        decimal total = 0, section = 0;
        int? digit = null;
        var lastPlace = 1;
        decimal lastSection = 0;
        var afterZero = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (Digits.TryGetValue(c, out var d))
            {
                if (digit is not null) return null; // two digits in a row: not a grouped numeral
                if (d == 0) { afterZero = true; continue; }
                digit = d;
            }
            else if (Tens.TryGetValue(c, out var tens))
            {
                if (digit is not null) return null;
                section += tens;
                lastPlace = 10;
            }
            else if (PlaceUnits.TryGetValue(c, out var place))
            {
                if (place >= lastPlace && section > 0 && digit is null) return null;
                section += (digit ?? 1) * place;
                digit = null;
                lastPlace = place;
                afterZero = false;
            }
            else if (SectionUnits.TryGetValue(c, out var unit))
            {
                var part = section + (digit ?? 0);
                if (part == 0 && total == 0) part = 1;
                if (lastSection != 0 && unit > lastSection) total = (total + part) * unit;
                else total += part * unit;
                lastSection = unit;
                section = 0;
                digit = null;
                lastPlace = 10_000;
                afterZero = false;
            }
            else return null;
        }
        if (digit is { } tail)
        {
            // 两百五 is 250 and 一万五 is 15000: a final digit right after a unit counts in the next lower place.
            var implied = !afterZero && s.Length >= 3 && IsMultiplier(s[^2]) ? ImpliedPlace(s[^2]) : 1m;
            section += tail * implied;
        }
        return total + section;
    }

    private static decimal ImpliedPlace(char unit) =>
        PlaceUnits.TryGetValue(unit, out var p) ? (p == 10 ? 1 : p / 10) : SectionUnits[unit] / 10;

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10;
        return r;
    }
}
