using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// The data for recognising people (data/lexicons): surnames, titles that precede a name, byline roles,
/// speech verbs, characters and words that follow a name, and strings that only look like names.
/// </summary>
public sealed class PersonLexicon
{
    public PersonLexicon(
        IEnumerable<string> surnames, IEnumerable<string> titles, IEnumerable<string> bylineRoles, IEnumerable<string> speechVerbs,
        IEnumerable<string> nameEnders, IEnumerable<string> nameFollowers, IEnumerable<string> notNames, IEnumerable<string> notNameChars)
    {
        foreach (var s in surnames) Surnames.Add(s, true);
        foreach (var t in titles) Titles.Add(t, true);
        foreach (var r in bylineRoles) BylineRoles.Add(r, r);
        foreach (var v in speechVerbs) SpeechVerbs.Add(v, true);
        foreach (var e in nameEnders) NameEnders.UnionWith(e);
        foreach (var f in nameFollowers) NameFollowers.Add(f, true);
        foreach (var n in notNames) NotNames.Add(n);
        foreach (var c in notNameChars) NotNameChars.UnionWith(c);
        _notNames = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary><see cref="NotNames"/> asked with spans of the text, without a string per question.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;

    public static PersonLexicon Load(LexiconSource source) => new(
        source.Words("lexicons/surnames.txt"),
        source.Words("lexicons/person-titles.txt"),
        source.Words("lexicons/byline-roles.txt"),
        source.Words("lexicons/speech-verbs.txt"),
        source.Words("lexicons/name-enders.txt"),
        source.Words("lexicons/name-followers.txt"),
        source.Words("lexicons/not-names.txt"),
        source.Words("lexicons/not-name-chars.txt"));

    public TermTrie<bool> Surnames { get; } = new();
    public TermTrie<bool> Titles { get; } = new();
    public TermTrie<string> BylineRoles { get; } = new();
    public TermTrie<bool> SpeechVerbs { get; } = new();
    public HashSet<char> NameEnders { get; } = [];
    public TermTrie<bool> NameFollowers { get; } = new();
    public HashSet<string> NotNames { get; } = [];

    /// <summary>Characters never part of a given name (不, 的, 们 …).</summary>
    public HashSet<char> NotNameChars { get; } = [];

    /// <summary>Length of the surname starting at <paramref name="at"/> (compound surnames first), 0 if none.</summary>
    public int SurnameAt(ReadOnlySpan<char> text, int at) => Surnames.LongestAt(text, at);

    /// <summary>Whether text[at..at+length] can be a personal name: a surname and one or two given-name characters.</summary>
    public bool IsName(ReadOnlySpan<char> text, int at, int length)
    {
        if (at < 0 || at + length > text.Length || !CjkText.AllHan(text.Slice(at, length))) return false;
        var surname = SurnameAt(text, at);
        if (surname == 0 || length - surname is < 1 or > 2) return false;
        var name = text.Slice(at, length);
        foreach (var c in name[surname..]) if (NotNameChars.Contains(c)) return false;
        // 全部返, 查找线: a name whose first two characters, or whose given name, is a listed non-name.
        return !_notNames.Contains(name) && !_notNames.Contains(name[..2]) && !_notNames.Contains(name[surname..])
            && Titles.LongestEndingAt(name, name.Length) == 0;
    }

    /// <summary>
    /// The length (2 to 4) of the name that starts at <paramref name="at"/> in running text, judged by what follows it,
    /// or 0 when none fits.
    /// </summary>
    public int NameLengthAt(ReadOnlySpan<char> text, int at)
    {
        var surname = SurnameAt(text, at);
        if (surname == 0) return 0;
        int longer = surname + 2, shorter = surname + 1, last = at + surname + 1;
        var longerFits = IsName(text, at, longer) && !NameEnders.Contains(text[last]) && !FollowerAt(text, last)
            && SpeechVerbs.LongestAt(text, last) == 0 && Titles.LongestAt(text, last) == 0;
        var shorterFits = IsName(text, at, shorter) && EndsName(text, at + shorter);
        if (longerFits && (EndsName(text, at + longer) || !shorterFits)) return longer;
        return shorterFits ? shorter : 0;
    }

    /// <summary>Whether a name may end right before <paramref name="at"/>: text ends, punctuation, or a character or word that follows names.</summary>
    private bool EndsName(ReadOnlySpan<char> text, int at) =>
        at >= text.Length || !CjkText.IsHan(text[at]) || NameEnders.Contains(text[at]) || FollowerAt(text, at)
        || SpeechVerbs.LongestAt(text, at) > 0 || Titles.LongestAt(text, at) > 0;

    private bool FollowerAt(ReadOnlySpan<char> text, int at) => NameFollowers.LongestAt(text, at) > 0;
}
