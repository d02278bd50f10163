using System.Runtime.CompilerServices;

namespace NewsCorpus.Extraction.Entities;

/// <summary>
/// A view of a text with hard line wraps removed (a single newline between two lines of running text,
/// as in OCR columns: "株洲新\n芦淞产业发展集团有\n限公司"), so names broken across lines are found whole.
/// Blank lines, table rows and markdown lines keep their breaks. <see cref="ToSource"/> maps spans back.
/// </summary>
public sealed class UnwrappedText
{
    /// <summary>Source offset of each character of the view; null when the view is the source itself.</summary>
    private readonly int[]? _map;

    private UnwrappedText(string text, int[]? map)
    {
        Text = text;
        _map = map;
    }

    public string Text { get; }

    /// <summary>True when nothing was removed: spans of the view are spans of the source.</summary>
    public bool IsSource => _map is null;

    public static UnwrappedText Of(string source) => NeedsUnwrapping(source) ? Unwrap(source) : new UnwrappedText(source, null);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NeedsUnwrapping(string source)
    {
        var s = source.AsSpan();
        for (var i = s.IndexOfAny('\n', '\r'); i >= 0; i = s[(i + 1)..].IndexOfAny('\n', '\r') is var next and >= 0 ? i + 1 + next : -1)
            if (s[i] == '\r' || IsWrap(source, i)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UnwrappedText Unwrap(string source)
    {
        var chars = new char[source.Length];
        var map = new int[source.Length + 1];
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n' && IsWrap(source, i)) continue;
            if (source[i] == '\r') continue;
            chars[n] = source[i];
            map[n++] = i;
        }
        map[n] = source.Length;
        return new UnwrappedText(new string(chars, 0, n), map[..(n + 1)]);
    }

    /// <summary>The span in the source text of a span of this view.</summary>
    public Span ToSource(int start, int end) =>
        _map is null ? new Span(start, end) : new(_map[start], end > start ? _map[end - 1] + 1 : _map[start]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
