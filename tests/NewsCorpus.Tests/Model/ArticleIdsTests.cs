using System.Security.Cryptography;
using System.Text;
using FsCheck.Xunit;

namespace NewsCorpus.Tests.Model;

public class ArticleIdsTests
{
    [Theory]
    [InlineData("abc", "标题", "正文", "abe1d919ddc2e2ee")]
    [InlineData("abc", null, "正文", "438d4ed6d4f8109d")]
    public void Id_is_the_head_of_a_sha256_of_hash_title_and_body(string hash, string? title, string body, string expected) =>
        Assert.Equal(expected, ArticleIds.For(hash, title, body));

    /// <summary>Hashing the pieces in a pooled buffer gives the id the concatenated string gives.</summary>
    [Property(MaxTest = 300)]
    public bool Equals_the_hash_of_the_concatenation(string hash, string? title, string body)
    {
        hash ??= ""; body ??= "";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{hash}\n{title}\n{body}")).AsSpan(0, 8));
        return ArticleIds.For(hash, title, body) == expected;
    }
}
