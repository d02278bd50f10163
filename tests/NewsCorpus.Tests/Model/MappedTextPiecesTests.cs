using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NewsCorpus.Tests.Model;

/// <summary>A text kept as raw pieces (how readers cut lines and join paragraphs) reads like one built character by character.</summary>
public sealed class MappedTextPiecesTests
{
    private const string Raw = "株洲日报讯\n（记者 戴凛）\n本报讯";

    [Fact]
    public void Two_lines_kept_as_pieces_read_as_their_joined_text_and_map_to_their_raw_offsets()
    {
        // "日报讯" (raw 2..5) then "（记者" (raw 6..9), as a paragraph wrapped over two lines.
        var text = MappedText.FromPieces(Raw, [2, 3, 6, 3], 9);

        Assert.Equal(6, text.Length);
        Assert.Equal("日报讯（记者", text.Text);
        Assert.Equal([2, 3, 4, 6, 7, 8, 9], text.Offsets);
        Assert.Equal(6, text.OffsetAt(3));
        Assert.Equal(9, text.OffsetAt(6));
    }

    [Fact]
    public void Offsets_are_copied_across_a_piece_boundary_without_building_the_map()
    {
        var text = MappedText.FromPieces(Raw, [2, 3, 6, 3], 9);
        var copied = new int[4];

        text.CopyOffsets(1, copied);

        Assert.Equal([3, 4, 6, 7], copied);
    }

    [Fact]
    public void A_slice_ending_at_a_piece_boundary_ends_where_the_next_piece_starts()
    {
        var text = MappedText.FromPieces(Raw, [2, 3, 6, 3], 9);

        var slice = text.Slice(1, 3);

        Assert.Equal("报讯", slice.Text);
        Assert.Equal([3, 4, 6], slice.Offsets);
        Assert.Equal("讯（", text.Slice(2, 4).Text);
        Assert.Equal([4, 6, 7], text.Slice(2, 4).Offsets);
    }

    [Fact]
    public void Concatenated_pieces_keep_both_texts_and_the_second_end()
    {
        var first = MappedText.Slice(Raw, 0, 2);
        var second = MappedText.Slice(Raw, 14, 3);

        var joined = MappedText.Concat(first, second);

        Assert.Equal("株洲本报讯", joined.Text);
        Assert.Equal([0, 1, 14, 15, 16, 17], joined.Offsets);
        Assert.Equal(2, joined.PieceCount);
        Assert.Equal("本报讯", joined.Piece(1).ToString());
    }

    [Fact]
    public void An_empty_slice_keeps_the_offset_it_was_cut_at()
    {
        var text = MappedText.FromPieces(Raw, [2, 3, 6, 3], 9);

        var empty = text.Slice(3, 3);

        Assert.Equal("", empty.Text);
        Assert.Equal([6], empty.Offsets);
        Assert.Equal(0, empty.PieceCount);
    }

    [Fact]
    public void A_slice_of_the_whole_raw_text_is_the_raw_string_itself() =>
        Assert.Same(Raw, MappedText.Slice(Raw, 0, Raw.Length).Text);

    [Fact]
    public void A_slice_of_the_raw_text_out_of_range_is_refused_at_once() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedText.Slice(Raw, 10, 20));

    /// <summary>Pieces as a reader makes them: (start, length) of non-empty, increasing raw lines.</summary>
    public static Arbitrary<int[]> Lines() =>
        Gen.ListOf(Gen.Choose(0, 3).Zip(Gen.Choose(1, 4)))
            .Select(gaps =>
            {
                var pieces = new List<int>();
                var at = 0;
                foreach (var (gap, length) in gaps)
                {
                    if (at + gap + length > Raw.Length) break;
                    pieces.Add(at + gap);
                    pieces.Add(length);
                    at += gap + length;
                }
                return pieces.ToArray();
            })
            .ToArbitrary();

    private static MappedText Built(int[] pieces, int end)
    {
        var builder = new MappedTextBuilder(1);
        for (var k = 0; k < pieces.Length; k += 2) builder.Append(Raw, pieces[k], pieces[k + 1]);
        return builder.Build(end);
    }

    /// <summary>Text, offsets, every offset read one by one, and every slice equal those of the same text built in full.</summary>
    [Property(Arbitrary = [typeof(MappedTextPiecesTests)], MaxTest = 300)]
    public bool Pieces_read_like_the_text_built_from_them(int[] pieces)
    {
        var end = pieces.Length == 0 ? 0 : pieces[^2] + pieces[^1];
        var text = MappedText.FromPieces(Raw, pieces, end);
        var built = Built(pieces, end);
        if (text.Text != built.Text || !text.Offsets.SequenceEqual(built.Offsets)) return false;
        var lazy = MappedText.FromPieces(Raw, pieces, end);
        for (var i = 0; i <= built.Text.Length; i++)
            if (lazy.OffsetAt(i) != built.Offsets[i]) return false;
        for (var a = 0; a <= built.Text.Length; a++)
            for (var b = a; b <= built.Text.Length; b++)
            {
                var slice = MappedText.FromPieces(Raw, pieces, end).Slice(a, b);
                var expected = built.Slice(a, b);
                if (slice.Text != expected.Text || !slice.Offsets.SequenceEqual(expected.Offsets)) return false;
            }
        return true;
    }
}
