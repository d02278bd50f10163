using System.Collections;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// The mentions of a loaded corpus kept as rows of plain values, one growable array per kind, with
/// each article's mentions of a kind a <see cref="MentionSlice{T}"/> over consecutive rows. A large
/// corpus has millions of mentions: as records they were millions of heap objects to allocate,
/// zero, trace and promote on every load; as rows they are a few large arrays, and a record is made
/// when a notebook reads it (two reads give equal records, not the same instance).
/// </summary>
internal sealed class MentionColumns
{
    public readonly Rows<DateMention, DateRow> Dates;
    public readonly Rows<Quantity, QuantityRow> Quantities;
    public readonly Rows<PlaceMention, PlaceRow> Places;
    public readonly Rows<OrganizationMention, NamedRow> Organizations;
    public readonly Rows<PersonMention, NamedRow> People;
    public readonly Rows<TopicScore, TopicRow> Topics;

    /// <param name="capacity">Rows expected per kind (the order of <see cref="MentionKind"/>), so the arrays are allocated once.</param>
    public MentionColumns(IReadOnlyList<int> capacity)
    {
        Dates = new(capacity[(int)MentionKind.Date], r => new DateMention(r.Text, r.Start, r.End, r.Grain, r.Span, r.Vague));
        Quantities = new(capacity[(int)MentionKind.Quantity], r => new Quantity(r.Text, r.Value, r.Unit, r.Approx, r.Min, r.Max, r.Kind, r.Span));
        Places = new(capacity[(int)MentionKind.Place], r => new PlaceMention(r.Name, r.Parent, r.Level, r.Span));
        Organizations = new(capacity[(int)MentionKind.Organization], r => new OrganizationMention(r.Name, r.Other, r.Span));
        People = new(capacity[(int)MentionKind.Person], r => new PersonMention(r.Name, r.Other, r.Span));
        Topics = new(capacity[(int)MentionKind.Topic], r => new TopicScore(r.Name, r.Score));
    }

    /// <summary>The rows of one kind and how to make its record from a row.</summary>
    public sealed class Rows<T, TRow>(int capacity, Func<TRow, T> record) where TRow : struct
    {
        private TRow[] _rows = new TRow[Math.Max(capacity, 0)];

        public int Count { get; private set; }

        public void Add(in TRow row)
        {
            if (Count == _rows.Length) Array.Resize(ref _rows, Math.Max(16, _rows.Length * 2));
            _rows[Count++] = row;
        }

        public T this[int index] => record(_rows[index]);

        /// <summary>A range of rows as a list; a shared empty list when there are none.</summary>
        public IReadOnlyList<T> Slice(KindRange range) => range.Count == 0 ? [] : new MentionSlice<T, TRow>(this, range.Start, range.Count);
    }

    /// <summary>An article's mentions of one kind: a read-only view of consecutive rows.</summary>
    private sealed class MentionSlice<T, TRow>(Rows<T, TRow> rows, int start, int count) : IReadOnlyList<T> where TRow : struct
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? rows[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return rows[start + i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>An article's rows of one kind: the first and how many.</summary>
internal struct KindRange
{
    public int Start, Count;
}

/// <summary>The kinds of mention, in the order the reader numbers them.</summary>
internal enum MentionKind
{
    Date,
    Quantity,
    Place,
    Organization,
    Person,
    Topic,
}

internal readonly record struct DateRow(string Text, string? Start, string? End, string Grain, Span Span, bool Vague);

internal readonly record struct QuantityRow(string Text, decimal? Value, string? Unit, string? Approx, decimal? Min, decimal? Max, string Kind, Span Span);

internal readonly record struct PlaceRow(string Name, string? Parent, string? Level, Span Span);

/// <summary>An organisation (Other: its alias) or a person (Other: the title).</summary>
internal readonly record struct NamedRow(string Name, string? Other, Span Span);

internal readonly record struct TopicRow(string Name, double Score);
