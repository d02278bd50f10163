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

    [Property]
    public bool Every_added_term_is_found_inside_any_text(string prefix, string term, string suffix)
    {
        if (string.IsNullOrEmpty(term)) return true;
        var trie = new TermTrie<bool>().Add(term, true);
        var text = (prefix ?? "") + term + (suffix ?? "");
        return trie.LongestAt(text, (prefix ?? "").Length, out _) >= term.Length && trie.Contains(term);
    }
}
