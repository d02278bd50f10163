using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsCorpus.Reading.Lexicon;

/// <summary>
/// Parses a byline such as "株洲日报·掌上株洲记者刘琼 通讯员曾倩", "(记者 戴凛 通讯员 雷江华)",
/// "株洲日报全媒体记者/易楚瞳 摄" or "讲述人:市委党校(行政学院)苏海新" into names with their roles.
/// </summary>
public static partial class BylineParser
{
    /// <summary>The bylines of a whole byline text, an empty list for a credit without names
    /// ("通讯员供图"), or null when the text is not a byline.</summary>
    public static IReadOnlyList<Byline>? Parse(string text)
    {
        var s = StripBrackets(text.Trim());
        string? credit = null;
        foreach (var suffix in Suffixed)
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                credit = suffix;
                s = s[..^suffix.Length].TrimEnd();
                break;
            }

        // Without a role and without a credit that may follow bare names, nothing can parse.
        if (credit is not ("摄" or "整理" or "翻拍") && s.AsSpan().IndexOfAny(RoleStarts) < 0) return null;
        var roles = FindRoles(s);
        if (roles.Count == 0)
        {
            // A bare name before a photo credit ("易楚瞳 摄"); an organisation credit ("炎基办供图") is not a person.
            if (credit is "摄" or "整理" or "翻拍" && SplitNames(s) is { Count: > 0 } bare) return [.. bare.Select(n => new Byline(n, credit))];
            return null;
        }
        if (!IsPublisher(s.AsSpan(0, roles[0].Start))) return null;

        var result = new List<Byline>();
        for (var k = 0; k < roles.Count; k++)
        {
            var (start, role) = roles[k];
            var end = k + 1 < roles.Count ? roles[k + 1].Start : s.Length;
            var segment = s[(start + role.Length)..end];
            IReadOnlyList<string>? names = BylineRoles.WithAffiliation.Contains(role) ? AffiliatedName(segment) : SplitNames(segment);
            if (names is null) return null;
            if (names.Count == 0 && credit is null) return null;
            result.AddRange(names.Select(n => new Byline(n, credit ?? role)));
        }
        return result;
    }

    /// <summary>
    /// Finds a byline printed at the end of a paragraph, either in brackets "(记者 戴凛 通讯员 雷江华)"
    /// or after the last sentence "…要静气。株洲日报全媒体记者/杨凌凌 整理"; returns where it starts.
    /// </summary>
    public static bool TryFindTrailing(string paragraph, out int start, out IReadOnlyList<Byline> bylines)
    {
        start = -1;
        bylines = [];
        // The bracket must close the paragraph: the pattern is tried only when it does.
        var m = EndsWithBracket(paragraph) ? TrailingBracket().Match(paragraph) : Match.Empty;
        if (m.Success && Parse(m.Value) is { Count: > 0 } bracketed)
        {
            start = m.Index;
            bylines = bracketed;
            return true;
        }
        var end = paragraph.AsSpan().LastIndexOfAny(SentenceEnds);
        if (end < 0 || end == paragraph.Length - 1 || paragraph.Length - end - 1 > 40) return false;
        if (Parse(paragraph[(end + 1)..]) is not { Count: > 0 } inline) return false;
        start = end + 1;
        bylines = inline;
        return true;
    }

    private static bool EndsWithBracket(string s)
    {
        var t = s.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is ')' or '）';
    }

    /// <summary>True when a whole line parses as a byline with at least one name.</summary>
    public static bool IsBylineLine(string line) => Parse(line) is { Count: > 0 };

    /// <summary>A person's name as printed in bylines: two to four Chinese characters.</summary>
    public static bool IsName(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 4) return false;
        foreach (var c in s)
            if (c is < '\u4e00' or > '\u9fff') return false;
        return true;
    }

    /// <summary>First characters of the roles: every line of a page is asked whether it is a byline, and most
    /// positions of a line start no role.</summary>
    private static readonly SearchValues<char> RoleStarts = SearchValues.Create([.. BylineRoles.Prefixed.Select(r => r[0])]);

    private static List<(int Start, string Role)> FindRoles(string s)
    {
        var found = new List<(int, string)>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s.AsSpan(i).IndexOfAny(RoleStarts) is var jump and >= 0) i += jump;
            else break;
            foreach (var role in Prefixed)
                if (s.AsSpan(i).StartsWith(role, StringComparison.Ordinal))
                {
                    found.Add((i, role));
                    if (BylineRoles.WithAffiliation.Contains(role)) return found;
                    i += role.Length - 1;
                    break;
                }
        }
        return found;
    }

    // Arrays, not the lexicon's read-only lists: enumerating those allocates, and every paragraph is asked.
    private static readonly string[] Prefixed = [.. BylineRoles.Prefixed];
    private static readonly string[] Suffixed = [.. BylineRoles.Suffixed];
    private static readonly char[] NameSeparators = [' ', '/', '／', '、', '\u3000', ':', '：', '\t'];
    private static readonly char[] AffiliationSeparators = [' ', ')', '）', '、', '\u3000', ':', '：'];

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?");
    private static readonly SearchValues<char> NotInPublisher = SearchValues.Create("，。,:：；;()（）");

    /// <summary>What may precede the first role: nothing, or the paper ("株洲日报·掌上株洲", "本报").</summary>
    private static bool IsPublisher(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim();
        if (prefix.IsEmpty) return true;
        if (prefix.Length > 14 || prefix.IndexOfAny(NotInPublisher) >= 0) return false;
        return prefix.Contains("报", StringComparison.Ordinal) || prefix.Contains('·') || prefix.EndsWith("网") || prefix.EndsWith("台");
    }

    private static List<string>? SplitNames(string segment)
    {
        var names = new List<string>();
        foreach (var part in segment.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsName(part)) return null;
            names.Add(part);
        }
        return names;
    }

    /// <summary>"市委党校(行政学院)苏海新" → 苏海新: the name follows the last separator of the affiliation.</summary>
    private static List<string>? AffiliatedName(string segment)
    {
        var s = segment.Trim().TrimStart(':', '：', '/').Trim();
        var cut = s.LastIndexOfAny(AffiliationSeparators);
        var name = cut >= 0 ? s[(cut + 1)..] : s;
        return IsName(name) ? [name] : null;
    }

    private static string StripBrackets(string s) =>
        s.Length > 2 && s[0] is '(' or '（' && s[^1] is ')' or '）' ? s[1..^1].Trim() : s;

    [GeneratedRegex(@"[（(][^（）()]{2,40}[)）]\s*$")]
    private static partial Regex TrailingBracket();
}
