using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Text;

namespace NewsCorpus.Tests.Text;

public class TextNormalizerProperties
{
    /// <summary>Strings built from the characters the normaliser treats specially, mixed with ideographs.</summary>
    private static Arbitrary<string> NewsLikeText()
    {
        string[] pieces = ["王", "强", "月", "日", "疫", " ", "  ", "\u3000", "\t", "\n", "\r\n", "2", "0", "５", "，", ",", "(", ")", "（", "）",
            "“", "”", "\"", "「", "」", ":", "：", ".", "．", "%", "％", "a", "Ｂ", "万", "—", "…", "、", "!", "?"];
        return Gen.Elements(pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary();
    }

    [Property(MaxTest = 1000)]
    public Property Normalising_twice_changes_nothing() =>
        Prop.ForAll(NewsLikeText(), s =>
        {
            var once = TextNormalizer.Normalize(s).Text;
            Assert.Equal(once, TextNormalizer.Normalize(once).Text);
        });

    [Property(MaxTest = 1000)]
    public Property Offsets_point_at_the_raw_character_each_output_character_came_from() =>
        Prop.ForAll(NewsLikeText(), s =>
        {
            var n = TextNormalizer.Normalize(s);
            var increasing = true;
            for (var i = 0; i < n.Text.Length; i++)
            {
                increasing &= i == 0 || n.Offsets[i] > n.Offsets[i - 1];
                if (!TextNormalizerTests.SameAfterFolding(s[n.Offsets[i]], n.Text[i])) return false;
            }
            return increasing && n.Offsets[^1] == s.Length;
        });

    [Property(MaxTest = 500)]
    public Property Nothing_but_spaces_and_carriage_returns_is_dropped() =>
        Prop.ForAll(NewsLikeText(), s =>
        {
            var n = TextNormalizer.Normalize(s);
            var kept = new HashSet<int>(n.Offsets[..^1]);
            return Enumerable.Range(0, s.Length).All(i => kept.Contains(i) || CharClass.IsSpace(s[i]) || s[i] == '\r');
        });
}
