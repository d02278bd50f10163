namespace NewsCorpus;

/// <summary>
/// A text derived from the raw source together with, for every character, the offset of the raw
/// character it came from. Offsets has Text.Length + 1 entries; the last is the raw end offset.
/// </summary>
public sealed class MappedText
{
    private readonly Func<int[]>? _decode;
    private int[]? _offsets;

    /// <summary>Raw offset of the first character of an identity slice (offset i is start + i); -1 otherwise.</summary>
    private readonly int _identityStart = -1;

    public MappedText(string text, int[] offsets)
    {
        Text = text;
        _offsets = Checked(text, offsets);
    }

    private MappedText(string text, Func<int[]> offsets)
    {
        Text = text;
        _decode = offsets;
    }

    /// <summary>
    /// A mapped text whose offsets are computed on first use: a store keeps them compact and most
    /// loaded articles never need them, so loading a large corpus does not pay 4 bytes per character.
    /// Threads that ask at the same moment may each compute them; all get equal maps.
    /// </summary>
    public static MappedText WithLazyOffsets(string text, Func<int[]> offsets) => new(text, offsets);

    private MappedText(string text, int identityStart)
    {
        Text = text;
        _identityStart = identityStart;
    }

    public string Text { get; }

    public int[] Offsets => _offsets ??= _identityStart >= 0 ? Identity(_identityStart, Text.Length) : Checked(Text, _decode!());

    /// <summary>The raw offset of character <paramref name="index"/> (Text.Length for the end offset).</summary>
    public int OffsetAt(int index) => IsIdentity ? _identityStart + index : Offsets[index];

    /// <summary>Copies the offsets from <paramref name="from"/> into <paramref name="destination"/>; an identity slice
    /// fills them in without building its map.</summary>
    public void CopyOffsets(int from, Span<int> destination)
    {
        if (IsIdentity) FillIdentity(destination, _identityStart + from);
        else Offsets.AsSpan(from, destination.Length).CopyTo(destination);
    }

    /// <summary>The part [start, end) of this text with its offsets; this text itself when that is all of it.</summary>
    public MappedText Slice(int start, int end)
    {
        if (start == 0 && end == Text.Length) return this;
        if (IsIdentity) return new MappedText(Text[start..end], _identityStart + start);
        var offsets = new int[end - start + 1];
        Array.Copy(Offsets, start, offsets, 0, end - start + 1);
        return new MappedText(Text[start..end], offsets);
    }

    private bool IsIdentity => _identityStart >= 0 && _offsets is null;

    private static int[] Identity(int start, int length)
    {
        var offsets = new int[length + 1];
        FillIdentity(offsets, start);
        return offsets;
    }

    internal static void FillIdentity(Span<int> offsets, int start)
    {
        for (var i = 0; i < offsets.Length; i++) offsets[i] = start + i;
    }

    private static int[] Checked(string text, int[] offsets) =>
        offsets.Length == text.Length + 1
            ? offsets
            : throw new ArgumentException($"offsets must have {text.Length + 1} entries, not {offsets.Length}", nameof(offsets));

    /// <summary>The identity mapping of a slice of the raw source; its offset map is built only when asked for
    /// (readers cut every one-line paragraph this way and mostly only copy its offsets on).</summary>
    public static MappedText Slice(string raw, int start, int length) => new(raw.Substring(start, length), start);

    /// <summary>Raw character range [start, end) covered by a span of this text.</summary>
    public (int Start, int End) ToRaw(Span span) =>
        (OffsetAt(span.Start), span.End > span.Start ? OffsetAt(span.End - 1) + 1 : OffsetAt(span.Start));

    public override string ToString() => Text;
}

/// <summary>Builds a <see cref="MappedText"/> from pieces of the raw source and inserted separators.</summary>
/// <remarks>Characters and offsets grow side by side in plain arrays. Every paragraph and article body of
/// every page is built here, so a builder given its exact length hands its offset array to the text
/// instead of copying it.</remarks>
public sealed class MappedTextBuilder(int capacity = 256)
{
    private char[] _chars = new char[capacity];
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
        var length = text.Text.Length;
        Reserve(length);
        text.Text.AsSpan().CopyTo(_chars.AsSpan(Length));
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
        (_chars, _offsets, Length) = ([], [0], 0);
        return text;
    }

    private void Reserve(int extra)
    {
        if (Length + extra <= _chars.Length) return;
        var size = Math.Max(Math.Max(_chars.Length * 2, 16), Length + extra);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _offsets, size + 1);
    }
}
