using System.Security.Cryptography;
using System.Text;

namespace NewsCorpus;

/// <summary>Stable article ids: the same article text in the same file content gets the same id on every run.</summary>
public static class ArticleIds
{
    public static string For(string contentHash, string? title, string body)
    {
        var bytes = Encoding.UTF8.GetBytes($"{contentHash}\n{title}\n{body}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
    }
}
