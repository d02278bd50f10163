using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NewsCorpus;

/// <summary>Stable article ids: the same article text in the same file content gets the same id on every run.</summary>
public static class ArticleIds
{
    /// <summary>The first 8 bytes, in hex, of SHA-256 over the UTF-8 of "contentHash\ntitle\nbody".</summary>
    public static string For(string contentHash, string? title, string body)
    {
        // Encoded piece by piece into a pooled buffer: every article of every file is hashed, and the
        // concatenated string and its byte array were a copy of the whole body each time.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(contentHash.Length + (title?.Length ?? 0) + body.Length + 2));
        try
        {
            var length = Encoding.UTF8.GetBytes(contentHash, buffer);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(title ?? "", buffer.AsSpan(length));
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(body, buffer.AsSpan(length));
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
