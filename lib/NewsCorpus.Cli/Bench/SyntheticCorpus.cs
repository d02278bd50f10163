using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsCorpus.Decoding;

namespace NewsCorpus.Cli.Bench;

/// <summary>What <see cref="SyntheticCorpus.Generate"/> wrote.</summary>
public sealed record SyntheticCorpusInfo(string DataDirectory, int Files, long Bytes);

/// <summary>
/// Builds a corpus of a chosen size from the pages of a data folder: every file is a seed page with
/// its dates shifted by a random number of days, its other numbers varied (same number of digits),
/// its articles shuffled (the page head stays first) and no two files equal. Files go to
/// DIR/raw/YYYY/MM/; the lexicons and gazetteer of the source data folder are copied beside them.
/// </summary>
public static partial class SyntheticCorpus
{
    private static readonly string[] Resources = ["lexicons", "gazetteer"];

    public static SyntheticCorpusInfo Generate(string sourceDataDirectory, string dataDirectory, long targetBytes, int seed, IProgress<long>? progress = null)
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(sourceDataDirectory, "raw"), "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(Seed.Read)
            .ToList();
        if (seeds.Count == 0) throw new DirectoryNotFoundException($"{sourceDataDirectory}: no page files in raw/ to build a corpus from");
        CopyResources(sourceDataDirectory, dataDirectory);

        var random = new Random(seed);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        var files = 0;
        while (bytes < targetBytes)
        {
            var source = seeds[files % seeds.Count];
            var shift = random.Next(-400, 699);
            if (shift >= 0) shift++;
            var bytesOut = source.Encoding.GetBytes(Transform(source, shift, random));
            if (!hashes.Add(Convert.ToHexStringLower(SHA256.HashData(bytesOut)))) continue;
            var date = source.BaseDate.AddDays(shift);
            var path = Path.Combine(dataDirectory, "raw", date.ToString("yyyy", CultureInfo.InvariantCulture), date.ToString("MM", CultureInfo.InvariantCulture),
                $"{source.Prefix}_{date:yyyyMMdd}_{files:D6}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytesOut);
            bytes += bytesOut.Length;
            files++;
            if (files % 64 == 0) progress?.Report(bytes);
        }
        return new SyntheticCorpusInfo(dataDirectory, files, bytes);
    }

    private static string Transform(Seed source, int shiftDays, Random random)
    {
        var units = source.Units.ToArray();
        random.Shuffle(units.AsSpan(1));
        var text = string.Join("\n\n", units);
        return Tokens().Replace(text, m => Rewrite(m, source.BaseDate, shiftDays, random));
    }

    private static string Rewrite(Match m, DateOnly baseDate, int shiftDays, Random random)
    {
        var g = m.Groups;
        if (g["n"].Success) return Vary(g["n"].Value, random);
        var year = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture) : baseDate.Year;
        if (!g["m"].Success) return Substitute(m, (g["y"], (year + baseDate.AddDays(shiftDays).Year - baseDate.Year).ToString(CultureInfo.InvariantCulture)));
        var month = int.Parse(g["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return m.Value;
        var shifted = new DateOnly(year, month, day).AddDays(shiftDays);
        return Substitute(m,
            (g["y"], shifted.Year.ToString(CultureInfo.InvariantCulture)),
            (g["m"], Pad(shifted.Month, g["m"].Value.Length)),
            (g["d"], Pad(shifted.Day, g["d"].Value.Length)));
    }

    /// <summary>The match with some of its groups replaced, the rest (stray OCR spaces, separators) kept as printed.</summary>
    private static string Substitute(Match m, params (Group Group, string Value)[] replacements)
    {
        var text = new StringBuilder(m.Value);
        foreach (var (group, value) in replacements.Where(r => r.Group.Success).OrderByDescending(r => r.Group.Index))
            text.Remove(group.Index - m.Index, group.Length).Insert(group.Index - m.Index, value);
        return text.ToString();
    }

    private static string Pad(int value, int width) => value.ToString(width == 2 ? "D2" : "D", CultureInfo.InvariantCulture);

    /// <summary>Another number with as many digits (no new leading zero).</summary>
    private static string Vary(string digits, Random random)
    {
        var chars = new char[digits.Length];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)('0' + (i == 0 && chars.Length > 1 ? random.Next(1, 10) : random.Next(10)));
        return new string(chars);
    }

    /// <summary>Full dates, bare years, month-day dates (OCR spaces allowed), and other digit runs (not times such as 09:30).</summary>
    [GeneratedRegex(@"(?<y>\d{4})(?: ?年(?: ?(?<m>\d{1,2}) ?月 ?(?<d>\d{1,2}) ?日)?|-(?<m>\d{2})-(?<d>\d{2}))|(?<m>\d{1,2}) ?月 ?(?<d>\d{1,2}) ?日|(?<![:\d])(?<n>\d+)(?![:\d年月日时点号])")]
    private static partial Regex Tokens();

    private static void CopyResources(string from, string to)
    {
        foreach (var resource in Resources)
        {
            var source = Path.Combine(from, resource);
            if (!Directory.Exists(source)) continue;
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
    }

    /// <summary>A seed page cut into units that move together: the page head, then one unit per headline and the paragraphs under it.</summary>
    private sealed record Seed(string Prefix, Encoding Encoding, DateOnly BaseDate, IReadOnlyList<string> Units)
    {
        public static Seed Read(string path)
        {
            var decoded = TextDecoder.Decode(File.ReadAllBytes(path), path);
            Encoding encoding = decoded.Encoding == "gb18030" ? Encoding.GetEncoding("GB18030") : new UTF8Encoding(false);
            var blocks = BlankLines().Split(decoded.Text.Trim('\uFEFF')).Where(b => b.Trim().Length > 0);
            var units = new List<string>();
            foreach (var block in blocks)
            {
                if (units.Count == 0 || StartsArticle(block)) units.Add(block);
                else units[^1] += "\n\n" + block;
            }
            var prefix = Path.GetFileNameWithoutExtension(path).Split('_')[0];
            return new Seed(prefix, encoding, FirstDate(decoded.Text), units);
        }

        /// <summary>A markdown heading or a short one-line block without a full stop: a headline.</summary>
        private static bool StartsArticle(string block)
        {
            var trimmed = block.Trim();
            return trimmed.StartsWith('#') || (!trimmed.Contains('\n') && trimmed.Length < 40 && !trimmed.Contains('。'));
        }

        private static DateOnly FirstDate(string text)
        {
            var m = FullDate().Match(text);
            return m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):D2}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : new DateOnly(2020, 6, 1);
        }
    }

    [GeneratedRegex(@"(?:\r?\n[ \t\u3000]*){2,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"(\d{4})[年-](\d{1,2})[月-](\d{1,2})")]
    private static partial Regex FullDate();
}
