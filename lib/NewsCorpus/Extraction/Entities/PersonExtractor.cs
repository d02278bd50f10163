using NewsCorpus.Segmentation;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// Finds people: names in bylines (记者/李某 通讯员 王某), officials after their titles
/// ("市委常委、常务副市长王卫安": name 王卫安, title 市委常委、常务副市长), people quoted (…说, …介绍, …表示)
/// and names in table cells (区长:罗鹏程). Every later occurrence of a name found this way is a mention too.
/// </summary>
public sealed class PersonExtractor(PersonLexicon lexicon, NameBoundaries boundaries)
{
    /// <summary>Characters a byline role, a title or a speech verb starts with: the scan asks only there.</summary>
    internal CharSet StartChars { get; } = CharSet.Union(lexicon.BylineRoles.FirstChars, lexicon.Titles.FirstChars, lexicon.SpeechVerbs.FirstChars);

    private readonly CandidateStarts _starts = new(CharSet.Union(lexicon.BylineRoles.FirstChars, lexicon.Titles.FirstChars, lexicon.SpeechVerbs.FirstChars));

    private static readonly string[] CreditWords = ["摄", "整理", "翻拍", "供图", "报道"];

    /// <summary>People in <paramref name="text"/>; <paramref name="taken"/> are spans of places and organisations a name may not overlap.</summary>
    public IReadOnlyList<PersonMention> Extract(string text, IReadOnlyList<Span> taken) => Extract(text.AsSpan(), taken);

    /// <summary>People in <paramref name="s"/>; <paramref name="taken"/> are spans of places and organisations a name may not overlap.</summary>
    public IReadOnlyList<PersonMention> Extract(ReadOnlySpan<char> s, IReadOnlyList<Span> taken) => Extract(s, taken, _starts.In(s).Of(0));

    /// <summary>People in <paramref name="s"/>, given the positions where <see cref="StartChars"/> occur.</summary>
    internal IReadOnlyList<PersonMention> Extract(ReadOnlySpan<char> s, IReadOnlyList<Span> taken, ReadOnlySpan<int> starts)
    {
        var scratch = t_scratch ??= new Scratch();
        var found = scratch.Found;
        found.Clear();
        var takenEnds = scratch.TakenEnds.Reset(s.Length);
        for (var k = 0; k < taken.Count; k++) takenEnds.Add(taken[k].End);
        foreach (var i in starts)
        {
            var role = lexicon.BylineRoles.LongestAt(s, i, out var roleName);
            if (role > 0) ReadByline(s, i + role, roleName, found);
            var title = lexicon.Titles.LongestAt(s, i, out _);
            if (title > 0 && lexicon.NameLengthAt(s, i + title) is var length and > 0)
            {
                var start = TitleStart(s, i);
                found.Add(new PersonMention(s.Slice(i + title, length).ToString(), s[start..(i + title)].ToString(), new Span(i + title, i + title + length)));
            }
            if (lexicon.SpeechVerbs.LongestAt(s, i) > 0 && SpeakerBefore(s, i, takenEnds) is { } speaker)
                found.Add(new PersonMention(s[speaker.Start..speaker.End].ToString(), null, speaker));
        }
        ReadTables(s, found);
        ReadEnumerations(s, found);
        ReadAfterOrganizations(s, taken, found);
        if (found.Count == 0) return [];
        var takenCover = scratch.Taken.Reset(s.Length, taken);
        var people = scratch.People;
        people.Clear();
        foreach (var p in found)
            if (!takenCover.Overlaps(p.Span)) people.Add(p);
        PreferShorterNames(people, scratch.Names);
        return EveryOccurrence(s, people, takenCover, scratch);
    }

    /// <summary>Buffers reused from one text to the next on the same thread.</summary>
    private sealed class Scratch
    {
        public readonly List<PersonMention> Found = [];
        public readonly List<PersonMention> People = [];
        public readonly PositionSet TakenEnds = new(0);
        public readonly SpanCover Taken = new(0);
        public readonly SpanCover Covered = new(0);
        public readonly HashSet<string> Names = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string?> Titles = new(StringComparer.Ordinal);
        public readonly List<string> NamesInOrder = [];
        public readonly HashSet<Span> Spans = [];
        public readonly List<(int Start, int Order)> ByStart = [];
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>
    /// Names joined by 、: after a person found ("辅警沈昭、罗娟"), or closed by a count word
    /// ("谭仁、罗敏二人", "徐兴隆、金月娥夫妇").
    /// </summary>
    private void ReadEnumerations(ReadOnlySpan<char> s, List<PersonMention> found)
    {
        var count = found.Count;
        // Only the people found before: the names this adds are not followed by more.
        for (var k = 0; k < count; k++)
        {
            var person = found[k];
            var at = person.Span.End;
            while (at < s.Length && s[at] == '、' && lexicon.NameLengthAt(s, at + 1) is var length and > 0)
            {
                found.Add(new PersonMention(s.Slice(at + 1, length).ToString(), person.Title, new Span(at + 1, at + 1 + length)));
                at += 1 + length;
            }
        }
        for (var i = s.IndexOf('、'); i > 0; i = s[(i + 1)..].IndexOf('、') is var next and >= 0 ? i + 1 + next : -1)
        {
            var first = NameEndingAt(s, i);
            if (first is null || GroupedNameLength(s, i + 1) is not (var length and > 0)) continue;
            var end = i + 1 + length;
            found.Add(new PersonMention(s[first.Value.Start..first.Value.End].ToString(), null, first.Value));
            found.Add(new PersonMention(s.Slice(i + 1, length).ToString(), null, new Span(i + 1, end)));
        }
    }

    /// <summary>Length of a name at <paramref name="at"/> that a group word closes (罗敏二人), 0 if none.</summary>
    private int GroupedNameLength(ReadOnlySpan<char> s, int at)
    {
        for (var length = 2; length <= 3; length++)
            if (lexicon.IsName(s, at, length) && StartsWithAny(s[(at + length)..], GroupWords)) return length;
        return 0;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words) if (s.StartsWith(w)) return true;
        return false;
    }

    private static readonly string[] GroupWords = ["二人", "两人", "三人", "夫妇", "夫妻", "两名", "三名", "等人", "同志", "两位", "二位"];

    /// <summary>A name ending at <paramref name="end"/> whose left edge is a clause start, title or boundary word.</summary>
    private Span? NameEndingAt(ReadOnlySpan<char> s, int end)
    {
        for (var length = 3; length >= 2; length--)
        {
            var at = end - length;
            if (lexicon.IsName(s, at, length) && (at == 0 || !CjkText.IsHan(s[at - 1]) || lexicon.Titles.LongestEndingAt(s, at) > 0
                || boundaries.IsBoundaryWordEndingAt(s, at) || (at >= 1 && s[at - 1] == '人')))
                return new Span(at, end);
        }
        return null;
    }

    /// <summary>A name right after an organisation, as in "市住建局杨建中负责联络": the organisation is the title.</summary>
    private void ReadAfterOrganizations(ReadOnlySpan<char> s, IReadOnlyList<Span> taken, List<PersonMention> found)
    {
        for (var k = 0; k < taken.Count; k++)
        {
            var org = taken[k];
            // Only full three-character names: two characters after a unit are too often a word (施工, 连夜).
            var length = lexicon.NameLengthAt(s, org.End);
            if (length != 3 || org.End + length >= s.Length || !lexicon.NameEnders.Contains(s[org.End + length])) continue;
            found.Add(new PersonMention(s.Slice(org.End, length).ToString(), s[org.Start..org.End].ToString(), new Span(org.End, org.End + length)));
        }
    }

    /// <summary>Names after a byline role, separated by spaces: "记者 李支国 尹二荣", "全媒体记者/成炫兰", "讲述人:…单位 余蛟".</summary>
    private void ReadByline(ReadOnlySpan<char> s, int at, string role, List<PersonMention> found)
    {
        var i = SkipSeparators(s, at);
        var any = false;
        while (i < s.Length && BylineNameLength(s, i) is var length and > 0)
        {
            found.Add(new PersonMention(s.Slice(i, length).ToString(), role, new Span(i, i + length)));
            any = true;
            i += length;
            while (i < s.Length && s[i] is ' ' or '\u3000' or '、') i++;
        }
        if (any) return;
        // The name closes the line after the speaker's unit: "讲述人:枫溪街道一线防疫人员 余蛟".
        var lineEnd = s[at..].IndexOfAny('\n', '\r') is var e and >= 0 ? at + e : s.Length;
        var line = s[at..lineEnd].TrimEnd();
        var cut = line.LastIndexOfAny(' ', ')', '）');
        if (cut >= 0 && line.Length - cut - 1 is >= 2 and <= 4 && lexicon.IsName(line, cut + 1, line.Length - cut - 1))
            found.Add(new PersonMention(line[(cut + 1)..].ToString(), role, new Span(at + cut + 1, at + line.Length)));
    }

    private int BylineNameLength(ReadOnlySpan<char> s, int at)
    {
        for (var length = 4; length >= 2; length--)
            if (lexicon.IsName(s, at, length) && EndsCredit(s, at + length)) return length;
        return 0;
    }

    private bool EndsCredit(ReadOnlySpan<char> s, int at)
    {
        if (at >= s.Length || !CjkText.IsHan(s[at]) || lexicon.BylineRoles.LongestAt(s, at) > 0) return true;
        return StartsWithAny(s[at..], CreditWords);
    }

    private static int SkipSeparators(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] is '/' or ':' or '：' or ' ' or '\u3000') i++;
        return i;
    }

    /// <summary>The start of the title chain before a name: back over titles, units and 、 to the clause start.</summary>
    private int TitleStart(ReadOnlySpan<char> s, int titleStart)
    {
        var start = titleStart;
        while (start > 0 && titleStart - start < MaxTitle && (CjkText.IsHan(s[start - 1]) || s[start - 1] is '、' or '·')
               && !boundaries.IsBoundaryWordEndingAt(s, start))
            start--;
        return start;
    }

    private const int MaxTitle = 32;

    /// <summary>A name right before a speech verb whose left edge is a clause start, a title, 的 or a mention.</summary>
    private Span? SpeakerBefore(ReadOnlySpan<char> s, int verb, PositionSet takenEnds)
    {
        for (var length = 4; length >= 2; length--)
        {
            var at = verb - length;
            if (!lexicon.IsName(s, at, length)) continue;
            if (at == 0 || !CjkText.IsHan(s[at - 1]) || lexicon.Titles.LongestEndingAt(s, at) > 0
                || boundaries.IsBoundaryWordEndingAt(s, at) || takenEnds.Contains(at))
                return new Span(at, verb);
        }
        return null;
    }

    /// <summary>Cells of tab-separated rows: "区长:罗鹏程", or a bare name in a row labelled …人 / …领导.</summary>
    private void ReadTables(ReadOnlySpan<char> text, List<PersonMention> found)
    {
        if (!text.Contains('\t')) return;
        var lineStart = 0;
        foreach (var line in text.EnumerateLines())
        {
            if (line.IndexOf('\t') is var tab and > 0)
            {
                var label = line[..tab].Trim();
                var rowLabel = label.EndsWith("人") || label.EndsWith("领导") || label.EndsWith("姓名") ? label.ToString() : null;
                foreach (var range in line.Split('\t'))
                    if (range.Start.Value > 0) ReadCell(line[range], lineStart + range.Start.Value, rowLabel, found);
            }
            lineStart += line.Length + 1;
        }
    }

    private void ReadCell(ReadOnlySpan<char> cell, int offset, string? rowLabel, List<PersonMention> found)
    {
        var colon = cell.IndexOfAny(':', '：');
        var title = rowLabel;
        var nameStart = 0;
        if (colon > 0 && lexicon.Titles.Contains(cell[..colon].Trim())) { title = cell[..colon].Trim().ToString(); nameStart = colon + 1; }
        else if (title is null) return;
        while (nameStart < cell.Length && cell[nameStart] is ' ' or '\u3000') nameStart++;
        var rest = cell[nameStart..].TrimEnd();
        // Printed tables pad two-character names with a space: "何 祗".
        var name = rest.ToString().Replace(" ", "").Replace("\u3000", "");
        if (name.Length is < 2 or > 4 || rest.Length - name.Length > 1 || !lexicon.IsName(name, 0, name.Length)) return;
        found.Add(new PersonMention(name, title, new Span(offset + nameStart, offset + nameStart + rest.Length)));
    }

    /// <summary>"马双敲开" read as 马双敲 when 马双 is found elsewhere: the shorter name wins.</summary>
    private static void PreferShorterNames(List<PersonMention> people, HashSet<string> names)
    {
        names.Clear();
        foreach (var p in people) names.Add(p.Name);
        var byName = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < people.Count; k++)
            if (people[k] is { Name.Length: 3 } p && byName.Contains(p.Name.AsSpan(0, 2)))
                people[k] = p with { Name = p.Name[..2], Span = new Span(p.Span.Start, p.Span.Start + 2) };
    }

    /// <summary>Every occurrence of the names found, each with the title the name was first found with.</summary>
    private static List<PersonMention> EveryOccurrence(ReadOnlySpan<char> text, List<PersonMention> people, SpanCover taken, Scratch scratch)
    {
        if (people.Count == 0) return [];
        // Per name, in the order names first occur in the text, the first title it is found with.
        var byStart = scratch.ByStart;
        byStart.Clear();
        for (var k = 0; k < people.Count; k++) byStart.Add((people[k].Span.Start, k));
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(byStart).Sort();
        var titles = scratch.Titles;
        var names = scratch.NamesInOrder;
        titles.Clear();
        names.Clear();
        foreach (var (_, k) in byStart)
        {
            var p = people[k];
            if (!titles.TryGetValue(p.Name, out var t)) names.Add(p.Name);
            if (t is null) titles[p.Name] = p.Title;
        }
        // The first person found at each span, in the order found.
        var spans = scratch.Spans;
        spans.Clear();
        var mentions = new List<PersonMention>(people.Count);
        var covered = scratch.Covered.Reset(text.Length, []);
        foreach (var p in people)
            if (spans.Add(p.Span))
            {
                mentions.Add(p);
                covered.Add(p.Span);
            }
        var occurrences = Occurrences.Of(text, names);
        for (var n = 0; n < names.Count; n++)
            foreach (var at in occurrences[n])
            {
                var span = new Span(at, at + names[n].Length);
                if (covered.Overlaps(span) || taken.Overlaps(span)) continue;
                mentions.Add(new PersonMention(names[n], titles[names[n]], span));
                covered.Add(span);
            }
        byStart.Clear();
        for (var k = 0; k < mentions.Count; k++) byStart.Add((mentions[k].Span.Start, k));
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(byStart).Sort();
        var result = new List<PersonMention>(mentions.Count);
        foreach (var (_, k) in byStart)
        {
            var m = mentions[k];
            result.Add(m.Title is null && titles[m.Name] is { } t ? m with { Title = t } : m);
        }
        return result;
    }
}
