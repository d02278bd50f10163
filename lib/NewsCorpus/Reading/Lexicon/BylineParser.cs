using System.Buffers;
using System.Text.RegularExpressions;
using NewsCorpus.Text;

namespace NewsCorpus.Reading.Lexicon;

/// <summary>
/// Parses a byline such as "株洲日报·掌上株洲记者刘琼 通讯员曾倩", "(记者 戴凛 通讯员 雷江华)",
/// "株洲日报全媒体记者/易楚瞳 摄" or "讲述人:市委党校(行政学院)苏海新" into names with their roles.
/// </summary>
public static partial class BylineParser
{
    /// <summary>The bylines of a whole byline text, an empty list for a credit without names
    /// ("通讯员供图"), or null when the text is not a byline.</summary>
    public static IReadOnlyList<Byline>? Parse(string text) => Parse(text.AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static IReadOnlyList<Byline>? Parse(ReadOnlySpan<char> text)
    {
        var s = StripBrackets(WhiteSpace.Trim(text));
        string? credit = null;
        foreach (var suffix in Suffixed)
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                credit = suffix;
                s = WhiteSpace.TrimEnd(s[..^suffix.Length]);
                break;
            }

        // Without a role and without a credit that may follow bare names, nothing can parse.
        if (credit is not ("摄" or "整理" or "翻拍") && s.IndexOfAny(RoleStarts) < 0) return null;
        var roles = FindRoles(s);
        if (roles.Count == 0)
        {
            // A bare name before a photo credit ("易楚瞳 摄"); an organisation credit ("炎基办供图") is not a person.
            if (credit is "摄" or "整理" or "翻拍" && SplitNames(s) is { Count: > 0 } bare) return WithRole(bare, credit);
            return null;
        }
        if (!IsPublisher(s[..roles[0].Start])) return null;

        var result = new List<Byline>();
        for (var k = 0; k < roles.Count; k++)
        {
            var (start, role) = roles[k];
            var end = k + 1 < roles.Count ? roles[k + 1].Start : s.Length;
            var segment = s[(start + role.Length)..end];
            var names = BylineRoles.WithAffiliation.Contains(role) ? AffiliatedName(segment) : SplitNames(segment);
            if (names is null) return null;
            if (names.Count == 0 && credit is null) return null;
            foreach (var name in names) result.Add(new Byline(name, credit ?? role));
        }
        return result;
    }

    private static List<Byline> WithRole(List<string> names, string role)
    {
        var bylines = new List<Byline>(names.Count);
        foreach (var name in names) bylines.Add(new Byline(name, role));
        return bylines;
    }

    /// <summary>
    /// Finds a byline printed at the end of a paragraph, either in brackets "(记者 戴凛 通讯员 雷江华)"
    /// or after the last sentence "…要静气。株洲日报全媒体记者/杨凌凌 整理"; returns where it starts.
    /// </summary>
    public static bool TryFindTrailing(string paragraph, out int start, out IReadOnlyList<Byline> bylines) =>
        TryFindTrailing(paragraph.AsSpan(), out start, out bylines);

    /// <inheritdoc cref="TryFindTrailing(string, out int, out IReadOnlyList{Byline})"/>
    public static bool TryFindTrailing(ReadOnlySpan<char> paragraph, out int start, out IReadOnlyList<Byline> bylines)
    {
        start = -1;
        bylines = [];
        // The bracket must close the paragraph: the pattern is tried only when it does.
        if (EndsWithBracket(paragraph))
            foreach (var m in TrailingBracket().EnumerateMatches(paragraph))
            {
                if (Parse(paragraph.Slice(m.Index, m.Length)) is { Count: > 0 } bracketed)
                {
                    start = m.Index;
                    bylines = bracketed;
                    return true;
                }
                break;
            }
        var end = paragraph.LastIndexOfAny(SentenceEnds);
        if (end < 0 || end == paragraph.Length - 1 || paragraph.Length - end - 1 > 40) return false;
        if (Parse(paragraph[(end + 1)..]) is not { Count: > 0 } inline) return false;
        start = end + 1;
        bylines = inline;
        return true;
    }

    private static bool EndsWithBracket(ReadOnlySpan<char> s)
    {
        var t = WhiteSpace.TrimEnd(s);
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

    /// <summary>The roles found by the last <see cref="FindRoles"/> on this thread: reused, as most paragraphs are asked.</summary>
    [ThreadStatic] private static List<(int Start, string Role)>? _roles;

    private static List<(int Start, string Role)> FindRoles(ReadOnlySpan<char> s)
    {
        var found = _roles ??= [];
        found.Clear();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i..].IndexOfAny(RoleStarts) is var jump and >= 0) i += jump;
            else break;
            // Only the roles that start with the character found are compared.
            foreach (var role in Prefixed)
                if (role[0] == s[i] && s[i..].StartsWith(role, StringComparison.Ordinal))
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
    private static readonly SearchValues<char> NameSeparators = SearchValues.Create(" /／、\u3000:：\t");
    private static readonly SearchValues<char> AffiliationSeparators = SearchValues.Create(" )）、\u3000:：");

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?");
    private static readonly SearchValues<char> NotInPublisher = SearchValues.Create("，。,:：；;()（）");

    /// <summary>What may precede the first role: nothing, or the paper ("株洲日报·掌上株洲", "本报").</summary>
    private static bool IsPublisher(ReadOnlySpan<char> prefix)
    {
        prefix = WhiteSpace.Trim(prefix);
        if (prefix.IsEmpty) return true;
        if (prefix.Length > 14 || prefix.IndexOfAny(NotInPublisher) >= 0) return false;
        return prefix.Contains("报", StringComparison.Ordinal) || prefix.Contains('·') || prefix.EndsWith("网") || prefix.EndsWith("台");
    }

    private static List<string>? SplitNames(ReadOnlySpan<char> segment)
    {
        var names = new List<string>();
        while (!segment.IsEmpty)
        {
            var cut = segment.IndexOfAny(NameSeparators);
            var part = cut < 0 ? segment : segment[..cut];
            segment = cut < 0 ? [] : segment[(cut + 1)..];
            if (part.IsEmpty) continue;
            if (!IsName(part)) return null;
            names.Add(part.ToString());
        }
        return names;
    }

    /// <summary>"市委党校(行政学院)苏海新" → 苏海新: the name follows the last separator of the affiliation.</summary>
    private static List<string>? AffiliatedName(ReadOnlySpan<char> segment)
    {
        var s = segment.Trim().TrimStart(":：/").Trim();
        var cut = s.LastIndexOfAny(AffiliationSeparators);
        var name = cut >= 0 ? s[(cut + 1)..] : s;
        return IsName(name) ? [name.ToString()] : null;
    }

    private static ReadOnlySpan<char> StripBrackets(ReadOnlySpan<char> s) =>
        s.Length > 2 && s[0] is '(' or '（' && s[^1] is ')' or '）' ? WhiteSpace.Trim(s[1..^1]) : s;

    [GeneratedRegex(@"[（(][^（）()]{2,40}[)）]\s*$")]
    private static partial Regex TrailingBracket();
}
