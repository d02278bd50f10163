using System.Buffers;
using System.Numerics;

namespace NewsCorpus;

/// <summary>
/// A text derived from the raw source together with, for every character, the offset of the raw
/// character it came from. Offsets has Text.Length + 1 entries; the last is the raw end offset.
/// </summary>
/// <remarks>
/// Readers cut every paragraph, line and heading out of the raw text: such a text is kept as its pieces of
/// the raw source (start and length of each), and both its string and its offset map are built only when
/// asked for. Most body paragraphs are only copied on into an article body, which copies the pieces
/// straight from the raw text.
/// </remarks>
public sealed class MappedText
{
    private readonly Func<int[]>? _decode;
    private int[]? _offsets;
    private string? _text;

    /// <summary>The raw source of a text made of raw pieces; null for a text given with its own string.</summary>
    private readonly string? _raw;

    /// <summary>The pieces of a text of two or more raw pieces, as (raw start, length) pairs; null for one piece.</summary>
    private readonly int[]? _pieces;

    /// <summary>Raw start of a text of one raw piece.</summary>
    private readonly int _rawStart;

    /// <summary>Raw end offset of a text made of raw pieces (Offsets[^1]).</summary>
    private readonly int _rawEnd;

    public MappedText(string text, int[] offsets)
    {
        _text = text;
        Length = text.Length;
        _offsets = Checked(text, offsets);
    }

    private MappedText(string text, Func<int[]> offsets)
    {
        _text = text;
        Length = text.Length;
        _decode = offsets;
    }

    /// <summary>
    /// A mapped text whose offsets are computed on first use: a store keeps them compact and most
    /// loaded articles never need them, so loading a large corpus does not pay 4 bytes per character.
    /// Threads that ask at the same moment may each compute them; all get equal maps.
    /// </summary>
    public static MappedText WithLazyOffsets(string text, Func<int[]> offsets) => new(text, offsets);

    /// <summary>One raw piece raw[start..start+length).</summary>
    private MappedText(string raw, int start, int length)
    {
        _raw = raw;
        _rawStart = start;
        Length = length;
        _rawEnd = start + length;
    }

    /// <summary>Two or more raw pieces ((start, length) pairs, none empty) ending at raw offset <paramref name="rawEnd"/>.</summary>
    private MappedText(string raw, int[] pieces, int length, int rawEnd)
    {
        _raw = raw;
        _pieces = pieces;
        Length = length;
        _rawEnd = rawEnd;
    }

    /// <summary>The text; built from its raw pieces on first use.</summary>
    public string Text => _text ??= Join();

    /// <summary>Length of <see cref="Text"/>, known without building it.</summary>
    internal int Length { get; }

    public int[] Offsets => _offsets ??= _raw is not null ? RawOffsets() : Checked(Text, _decode!());

    /// <summary>The raw offset of character <paramref name="index"/> (Text.Length for the end offset).</summary>
    public int OffsetAt(int index)
    {
        if (_offsets is not null || _raw is null) return Offsets[index];
        if (index == Length) return _rawEnd;
        if (_pieces is null) return _rawStart + index;
        for (var k = 0; ; k += 2)
        {
            if (index < _pieces[k + 1]) return _pieces[k] + index;
            index -= _pieces[k + 1];
        }
    }

    /// <summary>Copies the offsets from <paramref name="from"/> into <paramref name="destination"/>; a text of raw
    /// pieces fills them in without building its map.</summary>
    public void CopyOffsets(int from, Span<int> destination)
    {
        if (_offsets is not null || _raw is null)
        {
            Offsets.AsSpan(from, destination.Length).CopyTo(destination);
            return;
        }
        var written = 0;
        for (var k = 0; k < PieceCount && written < destination.Length; k++)
        {
            var (start, length) = PieceAt(k);
            if (from >= length)
            {
                from -= length;
                continue;
            }
            var count = Math.Min(length - from, destination.Length - written);
            FillIdentity(destination.Slice(written, count), start + from);
            written += count;
            from = 0;
        }
        // The end offset, when the destination reaches it.
        if (written < destination.Length) destination[written] = _rawEnd;
    }

    /// <summary>The part [start, end) of this text with its offsets; this text itself when that is all of it.</summary>
    public MappedText Slice(int start, int end)
    {
        if (start == 0 && end == Length) return this;
        if (_raw is null)
        {
            var offsets = new int[end - start + 1];
            CopyOffsets(start, offsets);
            return new MappedText(Text[start..end], offsets);
        }
        if (_pieces is null) return new MappedText(_raw, _rawStart + start, end - start);
        var pieces = new List<int>(_pieces.Length);
        var skip = start;
        var take = end - start;
        for (var k = 0; k < _pieces.Length && take > 0; k += 2)
        {
            var length = _pieces[k + 1];
            if (skip >= length)
            {
                skip -= length;
                continue;
            }
            var count = Math.Min(length - skip, take);
            pieces.Add(_pieces[k] + skip);
            pieces.Add(count);
            take -= count;
            skip = 0;
        }
        return FromPieces(_raw, [.. pieces], OffsetAt(end));
    }

    /// <summary>Raw pieces given as (start, length) pairs, none empty, ending at raw offset <paramref name="rawEnd"/>.</summary>
    internal static MappedText FromPieces(string raw, int[] pieces, int rawEnd)
    {
        if (pieces.Length == 0) return new MappedText(raw, rawEnd, 0);
        if (pieces.Length == 2 && pieces[0] + pieces[1] == rawEnd) return new MappedText(raw, pieces[0], pieces[1]);
        var length = 0;
        for (var k = 1; k < pieces.Length; k += 2) length += pieces[k];
        return new MappedText(raw, pieces, length, rawEnd);
    }

    /// <summary>
    /// <paramref name="first"/> followed by <paramref name="second"/> (a paragraph split by a column break):
    /// texts of raw pieces are joined piece by piece, without copying their characters.
    /// </summary>
    internal static MappedText Concat(MappedText first, MappedText second)
    {
        if (first._raw is null || !ReferenceEquals(first._raw, second._raw))
            return new MappedTextBuilder(first.Length + second.Length).Append(first).Append(second).Build(second.OffsetAt(second.Length));
        var pieces = new int[2 * (first.PieceCount + second.PieceCount)];
        var k = 0;
        foreach (var text in (ReadOnlySpan<MappedText>)[first, second])
            for (var p = 0; p < text.PieceCount; p++)
            {
                var (start, length) = text.PieceAt(p);
                pieces[k++] = start;
                pieces[k++] = length;
            }
        return FromPieces(first._raw, pieces, second._rawEnd);
    }

    /// <summary>The text as a span; a text of several raw pieces builds its string for it.</summary>
    internal ReadOnlySpan<char> Span => _text is not null ? _text : _pieces is null && _raw is not null ? _raw.AsSpan(_rawStart, Length) : Text;

    /// <summary>How many contiguous pieces <see cref="Piece"/> gives: the raw pieces, or the whole text.</summary>
    internal int PieceCount => _raw is null ? (Length > 0 ? 1 : 0) : _pieces is null ? (Length > 0 ? 1 : 0) : _pieces.Length / 2;

    /// <summary>Piece <paramref name="k"/> of the text, in order: the text is the pieces one after another.</summary>
    internal ReadOnlySpan<char> Piece(int k)
    {
        if (_raw is null) return Text;
        var (start, length) = PieceAt(k);
        return _raw.AsSpan(start, length);
    }

    /// <summary>Copies the characters into <paramref name="destination"/> piece by piece.</summary>
    internal void CopyTo(Span<char> destination)
    {
        var at = 0;
        for (var k = 0; k < PieceCount; k++)
        {
            var piece = Piece(k);
            piece.CopyTo(destination[at..]);
            at += piece.Length;
        }
    }

    private (int Start, int Length) PieceAt(int k) => _pieces is null ? (_rawStart, Length) : (_pieces[2 * k], _pieces[2 * k + 1]);

    /// <summary>One piece is a substring (the raw string itself when it is all of it); more are copied in one after another.</summary>
    private string Join() =>
        _pieces is null ? _raw!.Substring(_rawStart, Length) : string.Create(Length, this, static (chars, text) => text.CopyTo(chars));

    private int[] RawOffsets()
    {
        var offsets = new int[Length + 1];
        CopyOffsets(0, offsets);
        return offsets;
    }

    /// <summary>start, start + 1, …: a vector of consecutive offsets at a time, as every character of every body is mapped.</summary>
    internal static void FillIdentity(Span<int> offsets, int start)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && offsets.Length >= Vector<int>.Count)
        {
            var step = new Vector<int>(Vector<int>.Count);
            var run = Vector<int>.Indices + new Vector<int>(start);
            for (; i <= offsets.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                run.CopyTo(offsets[i..]);
                run += step;
            }
        }
        for (; i < offsets.Length; i++) offsets[i] = start + i;
    }

    private static int[] Checked(string text, int[] offsets) =>
        offsets.Length == text.Length + 1
            ? offsets
            : throw new ArgumentException($"offsets must have {text.Length + 1} entries, not {offsets.Length}", nameof(offsets));

    /// <summary>The identity mapping of a slice of the raw source; its string and offset map are built only when asked for
    /// (readers cut every line and paragraph this way and mostly only copy its characters and offsets on).</summary>
    public static MappedText Slice(string raw, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, raw.Length, nameof(length));
        return new(raw, start, length);
    }

    /// <summary>Raw character range [start, end) covered by a span of this text.</summary>
    public (int Start, int End) ToRaw(Span span) =>
        (OffsetAt(span.Start), span.End > span.Start ? OffsetAt(span.End - 1) + 1 : OffsetAt(span.Start));

    public override string ToString() => Text;
}

/// <summary>Builds a <see cref="MappedText"/> from pieces of the raw source and inserted separators.</summary>
/// <remarks>Characters and offsets grow side by side. Every article body of every page is built here, so a
/// builder given its exact length hands its offset array to the text instead of copying it, and its
/// characters wait in a pooled buffer, since the string is a copy of them anyway.</remarks>
public sealed class MappedTextBuilder(int capacity = 256)
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
    private int[] _offsets = new int[capacity + 1];

    public int Length { get; private set; }

    /// <summary>Appends raw[start..start+length) with identity offsets.</summary>
    public MappedTextBuilder Append(string raw, int start, int length)
    {
        Reserve(length);
        raw.AsSpan(start, length).CopyTo(_chars.AsSpan(Length));
        MappedText.FillIdentity(_offsets.AsSpan(Length, length), start);
        Length += length;
        return this;
    }

    /// <summary>Appends a mapped text with its own offsets (without its end offset).</summary>
    public MappedTextBuilder Append(MappedText text)
    {
        var length = text.Length;
        Reserve(length);
        text.CopyTo(_chars.AsSpan(Length));
        text.CopyOffsets(0, _offsets.AsSpan(Length, length));
        Length += length;
        return this;
    }

    /// <summary>Appends text that has no raw counterpart (e.g. a paragraph break), mapped to rawOffset.</summary>
    public MappedTextBuilder AppendSynthetic(string text, int rawOffset)
    {
        Reserve(text.Length);
        text.AsSpan().CopyTo(_chars.AsSpan(Length));
        _offsets.AsSpan(Length, text.Length).Fill(rawOffset);
        Length += text.Length;
        return this;
    }

    /// <summary>Appends one character mapped to an explicit raw offset.</summary>
    public MappedTextBuilder Append(char c, int rawOffset)
    {
        Reserve(1);
        _chars[Length] = c;
        _offsets[Length] = rawOffset;
        Length++;
        return this;
    }

    /// <summary>The text built so far, ending at raw offset <paramref name="rawEnd"/>; the builder starts empty again.</summary>
    public MappedText Build(int rawEnd)
    {
        var offsets = _offsets.Length == Length + 1 ? _offsets : _offsets[..(Length + 1)];
        offsets[Length] = rawEnd;
        var text = new MappedText(new string(_chars, 0, Length), offsets);
        ArrayPool<char>.Shared.Return(_chars);
        (_chars, _offsets, Length) = (ArrayPool<char>.Shared.Rent(0), [0], 0);
        return text;
    }

    private void Reserve(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(Math.Max(_chars.Length * 2, 16), Length + extra));
            _chars.AsSpan(0, Length).CopyTo(chars);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = chars;
        }
        if (Length + extra + 1 > _offsets.Length) Array.Resize(ref _offsets, Math.Max(Math.Max(_offsets.Length * 2, 16), Length + extra + 1));
    }
}
