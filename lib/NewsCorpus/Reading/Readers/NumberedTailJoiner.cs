using System.Text.RegularExpressions;
using NewsCorpus.Reading.Assembly;
using NewsCorpus.Extraction.Numbers;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// Rejoins the tail of a numbered notice that the page printed elsewhere: a notice that stops at
/// "八、其他需要公告的事项:" is continued by the run of paragraphs, inside another article, that
/// starts with "(1)" and goes on to "九、". The numbering is the evidence; nothing else is moved.
/// </summary>
internal static partial class NumberedTailJoiner
{
    public static IEnumerable<Diagnostic> Join(SourceDocument document, List<ArticleDraft> drafts)
    {
        foreach (var unfinished in drafts.Where(d => d.HasBody && EndsWithColon(d.Segments[^1].Text)).ToList())
        {
            var ordinals = Ordinal().Matches(unfinished.Segments[^1].Text.Text);
            if (ordinals.Count == 0) continue;
            var next = (int)(ChineseNumerals.Parse(ordinals[^1].Groups[1].Value) ?? 0) + 1;
            foreach (var other in drafts.Where(d => d != unfinished && d.Segments.Count > 1))
            {
                var start = other.Segments.FindIndex(1, s => ListStart().IsMatch(s.Text.Text));
                if (start < 0) continue;
                var tail = other.Segments.Skip(start).ToList();
                if (!tail.Any(s => s.Text.Text.StartsWith(ChineseNumerals.Format(next) + "、", StringComparison.Ordinal))) continue;
                var from = tail[0].First;
                other.Segments.RemoveRange(start, tail.Count);
                other.Own.RemoveAll(r => r.First >= from);
                unfinished.Segments.AddRange(tail);
                unfinished.Elsewhere.Add(new LineRange(from, tail[^1].Last));
                yield return new Diagnostic(document.Path, from, Severity.Info, "numbered-tail-joined",
                    $"lines {from}-{tail[^1].Last} continue the numbering of “{unfinished.Title}” (its item {next} follows the item {next - 1} it stops at) and were moved to it");
                break;
            }
        }
    }

    /// <summary>Read from the last piece (pieces are never empty): a paragraph joined across columns is not built for it.</summary>
    private static bool EndsWithColon(MappedText s) => s.PieceCount > 0 && s.Piece(s.PieceCount - 1)[^1] is ':' or '：';

    [GeneratedRegex(@"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})、")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[（(]1[)）]")]
    private static partial Regex ListStart();
}
