using System.Buffers;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// A view of a text with hard line wraps removed (a single newline between two lines of running text,
/// as in OCR columns: "株洲新\n芦淞产业发展集团有\n限公司"), so names broken across lines are found whole.
/// Blank lines, table rows and markdown lines keep their breaks. <see cref="ToSource"/> maps spans back.
/// </summary>
public sealed class UnwrappedText : IDisposable
{
    /// <summary>
    /// For each character removed (a wrap's newline, a carriage return), the offset in the view where it was, ascending:
    /// a view offset moves right in the source by the number of removals at or before it. Empty when nothing was removed.
    /// </summary>
    private readonly int[] _removedAt;
    private readonly string _source;
    /// <summary>The view's characters when something was removed, in a pooled buffer given back by <see cref="Dispose"/>.</summary>
    private char[]? _chars;
    private readonly int _length;
    private string? _text;

    private UnwrappedText(string source, char[]? chars, int length, int[] removedAt)
    {
        _source = source;
        _chars = chars;
        _length = length;
        _removedAt = removedAt;
    }

    /// <summary>The view as a string (the source itself when nothing was removed).</summary>
    public string Text => _text ??= IsSource ? _source : new string(Chars);

    /// <summary>The view's characters, without making a string of them; valid until the view is disposed.</summary>
    public ReadOnlySpan<char> Chars =>
        IsSource ? _source : _chars is { } chars ? chars.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(UnwrappedText));

    /// <summary>True when nothing was removed: spans of the view are spans of the source.</summary>
    public bool IsSource => _removedAt.Length == 0;

    public static UnwrappedText Of(string source)
    {
        List<int>? removedAt = null;
        var s = source.AsSpan();
        char[]? chars = null;
        var n = 0;
        var copied = 0;
        for (var i = s.IndexOfAny('\n', '\r'); i >= 0; i = s[(i + 1)..].IndexOfAny('\n', '\r') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (s[i] == '\n' && !IsWrap(source, i)) continue;
            // Most texts have nothing to remove: the copy is made at the first removal.
            chars ??= ArrayPool<char>.Shared.Rent(source.Length);
            s[copied..i].CopyTo(chars.AsSpan(n));
            n += i - copied;
            copied = i + 1;
            (removedAt ??= []).Add(n);
        }
        if (chars is null) return new UnwrappedText(source, null, source.Length, []);
        s[copied..].CopyTo(chars.AsSpan(n));
        n += s.Length - copied;
        return new UnwrappedText(source, chars, n, [.. removedAt!]);
    }

    /// <summary>Gives the buffer back to the pool; <see cref="Text"/> made before stays valid.</summary>
    public void Dispose()
    {
        if (_chars is not { } chars) return;
        _chars = null;
        ArrayPool<char>.Shared.Return(chars);
    }

    /// <summary>The span in the source text of a span of this view.</summary>
    public Span ToSource(int start, int end) =>
        new(Source(start), end > start ? Source(end - 1) + 1 : Source(start));

    private int Source(int offset)
    {
        // The number of removals at view offsets up to this one (several may share an offset: \r\n).
        int lo = 0, hi = _removedAt.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_removedAt[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return offset + lo;
    }

    private static bool IsWrap(string s, int newline)
    {
        var before = newline - 1;
        if (before >= 0 && s[before] == '\r') before--;
        var after = newline + 1;
        if (before < 0 || after >= s.Length) return false;
        if (!IsRunningText(s[before]) || !IsRunningText(s[after])) return false;
        return !LineHasTab(s, before) && !LineHasTab(s, after);
    }

    private static bool IsRunningText(char c) =>
        CjkText.IsHan(c) || c is '，' or '、' or '“' or '”' or '（' or '）' or '：' or '《' or '》';

    private static bool LineHasTab(string s, int inLine)
    {
        var start = s.LastIndexOf('\n', inLine) + 1;
        var end = s.IndexOf('\n', inLine);
        return s.AsSpan(start, (end < 0 ? s.Length : end) - start).Contains('\t');
    }
}
