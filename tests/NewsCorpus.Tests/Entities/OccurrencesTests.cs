using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Extraction.Entities;

namespace NewsCorpus.Tests.Entities;

public class OccurrencesTests
{
    [Fact]
    public void Each_word_gets_its_non_overlapping_matches_left_to_right()
    {
        var found = Occurrences.Of("王强说，王强强调：强强联合", ["王强", "强强", "联合会"]);
        Assert.Equal([0, 4], found[0]);
        Assert.Equal([5, 9], found[1]);
        Assert.Empty(found[2]);
    }

    private static readonly string[] Pieces = ["王", "强", "王强", "大川", "电子", "，", "\n", "a", "aa"];

    public static Arbitrary<string> Texts() => Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>Both searches (one per word for a few words, one pass for more) find what searching each word with IndexOf finds.</summary>
    [Property(Arbitrary = [typeof(OccurrencesTests)], MaxTest = 300)]
    public bool Agrees_with_repeated_IndexOf(string text, string first, string second, bool many)
    {
        string[] few = [first, second, "王强", "a"];
        string[] words = many ? [.. few, .. Pieces] : few;
        Assert.Equal(many, words.Length > Occurrences.FewWords);
        var found = Occurrences.Of(text, words);
        for (var w = 0; w < words.Length; w++)
        {
            var expected = new List<int>();
            if (words[w].Length > 0)
                for (var at = text.IndexOf(words[w], StringComparison.Ordinal); at >= 0; at = text.IndexOf(words[w], at + words[w].Length, StringComparison.Ordinal))
                    expected.Add(at);
            if (!expected.SequenceEqual(found[w])) return false;
        }
        return true;
    }
}
