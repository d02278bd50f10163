namespace NewsCorpus.Tests.Numbers;

/// <summary>Writes integers as Chinese numerals the way newspapers do (for round-trip properties).</summary>
internal static class ChineseNumeralFormatter
{
    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] Places = ["", "十", "百", "千"];
    private static readonly string[] Sections = ["", "万", "亿", "万亿"];

    public static string Format(long n, bool financial = false)
    {
        var s = FormatPlain(n);
        return financial ? Financial(s) : s;
    }

    private static string FormatPlain(long n)
    {
        if (n == 0) return "零";
        var sections = new List<int>();
        for (var v = n; v > 0; v /= 10_000) sections.Add((int)(v % 10_000));
        var parts = new System.Text.StringBuilder();
        var pendingZero = false;
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var section = sections[i];
            if (section == 0) { pendingZero = parts.Length > 0; continue; }
            if (parts.Length > 0 && (pendingZero || section < 1000)) parts.Append('零');
            pendingZero = false;
            parts.Append(FormatSection(section)).Append(Sections[i]);
        }
        var text = parts.ToString();
        return text.StartsWith("一十", StringComparison.Ordinal) ? text[1..] : text;
    }

    private static string FormatSection(int section)
    {
        var sb = new System.Text.StringBuilder();
        var zero = false;
        for (var place = 3; place >= 0; place--)
        {
            var d = section / (int)Math.Pow(10, place) % 10;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) sb.Append('零');
            zero = false;
            sb.Append(Digits[d]).Append(Places[place]);
        }
        return sb.ToString();
    }

    private static string Financial(string s) => string.Concat(s.Select(c => "零一二三四五六七八九十百千".IndexOf(c) is var k and >= 0 ? "零壹贰叁肆伍陆柒捌玖拾佰仟"[k] : c));
}
