using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Tests.Segmentation;

public class TermTrieTests
{
    private static readonly TermTrie<int> Trie = new TermTrie<int>().Add("株洲", 1).Add("株洲市", 2).Add("天元区", 3);

    [Fact]
    public void The_longest_term_at_a_position_wins()
    {
        Assert.Equal(3, Trie.LongestAt("株洲市天元区", 0, out var value));
        Assert.Equal(2, value);
        Assert.Equal(3, Trie.LongestAt("株洲市天元区", 3, out value));
        Assert.Equal(3, value);
        Assert.Equal(0, Trie.LongestAt("株洲市天元区", 1, out _));
    }

    [Fact]
    public void Terms_ending_at_a_position_are_found_backwards()
    {
        Assert.Equal(3, Trie.LongestEndingAt("在株洲市", 4, out var value));
        Assert.Equal(2, value);
    }

    [Fact]
    public void Every_match_at_a_position_is_visited_shortest_first()
    {
        var lengths = new List<int>();
        Trie.ForEachAt("株洲市", 0, (length, _) => lengths.Add(length));
        Assert.Equal([2, 3], lengths);
    }

    [Fact]
    public void A_term_ending_at_a_position_is_the_longest_that_fits_before_it()
    {
        // 市天元区 is not a term: the walk back from the end of 天元区 stops at 市 and keeps 天元区.
        Assert.Equal(3, Trie.LongestEndingAt("株洲市天元区", 6, out var value));
        Assert.Equal(3, value);
        Assert.Equal(2, Trie.LongestEndingAt("株洲", 2, out value));
        Assert.Equal(1, value);
        Assert.Equal(0, Trie.LongestEndingAt("株洲市天元", 5, out _));
        Assert.Equal(0, Trie.LongestEndingAt("株洲", 0, out _));
    }

    [Fact]
    public void A_term_added_twice_keeps_its_first_value_and_counts_once()
    {
        var trie = new TermTrie<int>().Add("社区", 1).Add("社区", 2).Add("村", 3);
        Assert.True(trie.TryGet("社区", out var value));
        Assert.Equal(1, value);
        Assert.Equal(1, trie.LongestEndingAt("新村", 2, out value));
        Assert.Equal(3, value);
        Assert.Equal(2, trie.Count);
        Assert.Equal(2, trie.MaxLength);
    }

    /// <summary>The reversed walk gives what trying every length from the longest down gives.</summary>
    [Property(MaxTest = 300)]
    public bool Ending_at_agrees_with_trying_each_length(string[] terms, string text)
    {
        text ??= "";
        var trie = new TermTrie<int>();
        var set = new HashSet<string>();
        foreach (var term in (terms ?? []).Where(t => !string.IsNullOrEmpty(t)).Take(20))
        {
            trie.Add(term, term.Length);
            set.Add(term);
            text += term;
        }
        for (var end = 0; end <= text.Length; end++)
        {
            var expected = 0;
            for (var length = Math.Min(end, trie.MaxLength); length > 0 && expected == 0; length--)
                if (set.Contains(text.Substring(end - length, length))) expected = length;
            if (trie.LongestEndingAt(text, end, out _) != expected) return false;
        }
        return true;
    }

    [Property]
    public bool Every_added_term_is_found_inside_any_text(string prefix, string term, string suffix)
    {
        if (string.IsNullOrEmpty(term)) return true;
        var trie = new TermTrie<bool>().Add(term, true);
        var text = (prefix ?? "") + term + (suffix ?? "");
        return trie.LongestAt(text, (prefix ?? "").Length, out _) >= term.Length && trie.Contains(term);
    }
}

/// <summary>The flat trie against a naive reference: every question answered by trying each term at each position.</summary>
public class TermTrieReferenceTests
{
    /// <summary>Twelve characters, so that terms share prefixes and some nodes have more children than a short scan covers.</summary>
    private const string Alphabet = "株洲市天元区芦淞石峰渌口";

    public static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray())).Select(c => new string(c)).ToArbitrary();

    private static int NaiveLongestAt(HashSet<string> terms, string text, int start) =>
        Enumerable.Range(1, text.Length - start).Where(l => terms.Contains(text.Substring(start, l))).DefaultIfEmpty(0).Max();

    private static int NaiveLongestEndingAt(HashSet<string> terms, string text, int end) =>
        Enumerable.Range(1, end).Where(l => terms.Contains(text.Substring(end - l, l))).DefaultIfEmpty(0).Max();

    [Property(Arbitrary = [typeof(TermTrieReferenceTests)], MaxTest = 300)]
    public bool Every_answer_agrees_with_trying_each_term(string[] terms, string text)
    {
        var trie = new TermTrie<string>();
        var set = new HashSet<string>();
        // Half the terms are added after the trie was first asked: a later addition must be seen.
        var half = terms.Length / 2;
        for (var t = 0; t < terms.Length; t++)
        {
            if (t == half) trie.LongestAt(text, 0, out _);
            if (terms[t].Length > 0 && set.Add(terms[t])) trie.Add(terms[t], terms[t]);
        }
        if (trie.Count != set.Count) return false;
        for (var i = 0; i <= text.Length; i++)
        {
            var longest = trie.LongestAt(text, i, out var value);
            if (longest != NaiveLongestAt(set, text, i) || (longest > 0 && value != text.Substring(i, longest))) return false;
            var ending = trie.LongestEndingAt(text, i, out value);
            if (ending != NaiveLongestEndingAt(set, text, i) || (ending > 0 && value != text.Substring(i - ending, ending))) return false;
            var all = new List<int>();
            trie.ForEachAt(text, i, (length, _) => all.Add(length));
            if (!all.SequenceEqual(Enumerable.Range(1, text.Length - i).Where(l => set.Contains(text.Substring(i, l))))) return false;
            var next = trie.NextPossibleStart(text, i);
            var expectedNext = Enumerable.Range(i, text.Length - i).Where(p => set.Any(t => t[0] == text[p])).DefaultIfEmpty(-1).First();
            if (next != expectedNext) return false;
        }
        foreach (var term in set)
            if (!trie.TryGet(term, out var found) || found != term || !trie.Contains(term)) return false;
        return !trie.Contains(text + "x") && !trie.Contains("");
    }

    [Fact]
    public void A_node_with_many_children_finds_each()
    {
        var trie = new TermTrie<int>();
        for (var k = 0; k < Alphabet.Length; k++) trie.Add("株" + Alphabet[k], k);
        for (var k = 0; k < Alphabet.Length; k++)
        {
            Assert.Equal(2, trie.LongestAt("株" + Alphabet[k], 0, out var value));
            Assert.Equal(k, value);
        }
        Assert.Equal(0, trie.LongestAt("株a", 0, out _));
    }

    [Fact]
    public void The_first_characters_are_the_starts_of_terms()
    {
        var trie = new TermTrie<bool>().Add("株洲", true).Add("天元区", true);
        Assert.Equal("天株", new string([.. trie.FirstChars.Chars()]));
        Assert.Equal(3, trie.NextPossibleStart("在市里天元区", 0));
        Assert.Equal(-1, trie.NextPossibleStart("在市里天元区", 4));
    }
}
