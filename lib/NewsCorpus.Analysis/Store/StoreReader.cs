using DuckDB.NET.Data;
using NewsCorpus.Decoding;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// Reads articles and file reports back out of the store as the model's records. Loading a large
/// corpus costs reading the store and making its objects, so the reader streams (a materialised
/// result would copy every text once more inside DuckDB), cuts the articles into ranges of
/// <c>article_key</c> read on parallel connections, reads each value in place in DuckDB's chunks
/// (<see cref="ChunkReader"/>), makes a repeated string once from its UTF-8 bytes
/// (<see cref="Utf8StringPool"/>), and keeps mentions as rows of values (<see cref="MentionColumns"/>),
/// so that what survives the load is few objects (README, "The store and scale", Loading).
/// </summary>
internal static class StoreReader
{
    /// <summary>Below this many articles one connection reads everything: opening more costs more than it saves.</summary>
    private const int ArticlesPerPartition = 2000;

    // Captions and continuations are read only when not empty (most are), published as a day number.
    private const string ArticleColumns = """
        article_key, path, ord, id, layout, line_first, line_last, parts,
        published - DATE '1970-01-01', published_from, published_evidence,
        paper, page, page_title, section, title, subtitle, dateline, bylines,
        CASE WHEN len(captions) > 0 THEN to_json(captions)::VARCHAR END, CASE WHEN len(continuations) > 0 THEN to_json(continuations)::VARCHAR END,
        page_info, web, tables, body, body_offsets, normalized, normalized_offsets, normalized_same_text
        """;

    /// <summary>The kind as a small number (the order of <see cref="MentionKind"/>), so a row costs no string for it.</summary>
    private const string KindNumber = """
        CASE kind WHEN 'date' THEN 0 WHEN 'quantity' THEN 1 WHEN 'place' THEN 2 WHEN 'organization' THEN 3
            WHEN 'person' THEN 4 WHEN 'topic' THEN 5 ELSE -1 END
        """;

    private const string MentionColumns = $"""
        article_key, {KindNumber},
        text, name, date_start, date_end, grain, vague, value, unit, approx, min, max,
        quantity_kind, parent, level, alias, title, score, span_start, span_end, kind, ord
        """;

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>
    /// Articles in corpus order (by file key, then position in the file), with their mentions.
    /// <paramref name="open"/> opens one more connection to the same store for a parallel range.
    /// </summary>
    public static List<Article> Articles(DuckDBConnection connection, Func<DuckDBConnection> open, Func<string, string> source)
    {
        var files = FileOrder(connection, source);
        var ranges = Ranges(connection);
        var parts = new List<(long Order, Article Article)>[ranges.Count];
        using (new ReadSettings(connection))
        {
            if (ranges.Count == 1) parts[0] = ReadRange(connection, ranges[0], files);
            else
                Parallel.For(0, ranges.Count, i =>
                {
                    using var own = open();
                    parts[i] = ReadRange(own, ranges[i], files);
                });
        }

        var count = parts.Sum(p => p.Count);
        var orders = new long[count];
        var articles = new Article[count];
        var n = 0;
        foreach (var part in parts)
            foreach (var (order, article) in part)
            {
                orders[n] = order;
                articles[n++] = article;
            }
        Array.Sort(orders, articles);
        return [.. articles];
    }

    public static List<FileReport> FileReports(DuckDBConnection connection, Func<string, string> source)
    {
        using var settings = new ReadSettings(connection);
        var strings = new Utf8StringPool();
        // Read as stored and put in order per file here: ORDER BY path, ord made DuckDB sort every
        // message, which took longer than the rest of the file reports together.
        var diagnostics = new Dictionary<string, List<(int Ord, Diagnostic Diagnostic)>>(StringComparer.Ordinal);
        using (var r = ChunkReader.Open(connection, "SELECT path, ord, line, severity, code, message FROM diagnostics"))
            while (r.Read())
            {
                var path = strings.Get(r, 0)!;
                if (!diagnostics.TryGetValue(path, out var list)) diagnostics[path] = list = [];
                var sourcePath = list.Count > 0 ? list[0].Diagnostic.Source : source(path);
                list.Add((r.Int32(1), new Diagnostic(sourcePath, r.NullableInt32(2), Codes.Parse<Severity>(strings.Get(r, 3)!), strings.Get(r, 4)!, r.String(5)!)));
            }
        var reports = new List<FileReport>();
        using (var r = ChunkReader.Open(connection, "SELECT path, status, encoding, layout, content_hash, article_count, bytes, newlines, duplicate_of FROM files ORDER BY path"))
            while (r.Read())
            {
                var path = strings.Get(r, 0)!;
                reports.Add(new FileReport(source(path), Codes.Parse<FileStatus>(strings.Get(r, 1)!), strings.Get(r, 2), LayoutCodes.Parse(strings.Get(r, 3)!),
                    r.String(4), r.Int32(5), diagnostics.TryGetValue(path, out var d) ? [.. d.OrderBy(x => x.Ord).Select(x => x.Diagnostic)] : [])
                {
                    ByteCount = r.Int64(6),
                    Newlines = Codes.Parse<NewlineStyle>(strings.Get(r, 7)!),
                    DuplicateOf = r.String(8),
                });
            }
        return reports;
    }

    /// <summary>Every file key with its rank in ordinal order (the corpus order) and its Source path.</summary>
    private static Dictionary<string, (int Rank, string Source)> FileOrder(DuckDBConnection connection, Func<string, string> source)
    {
        var paths = new List<string>();
        using (var r = ChunkReader.Open(connection, "SELECT DISTINCT path FROM articles"))
            while (r.Read()) paths.Add(r.String(0)!);
        paths.Sort(StringComparer.Ordinal);
        var files = new Dictionary<string, (int, string)>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++) files[paths[i]] = (i, source(paths[i]));
        return files;
    }

    /// <summary>Half-open ranges of article_key of about equal size, one per core when the corpus is big enough.</summary>
    private static List<(long From, long To)> Ranges(DuckDBConnection connection)
    {
        using var command = Sql.Command(connection, "SELECT coalesce(min(article_key), 0), coalesce(max(article_key), 0), count(*) FROM articles");
        using var r = command.ExecuteReader();
        r.Read();
        var (first, last, count) = (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));
        var n = (int)Math.Clamp(count / ArticlesPerPartition, 1, Environment.ProcessorCount);
        var step = (last - first) / n + 1;
        return [.. Enumerable.Range(0, n).Select(i => (first + i * step, i == n - 1 ? last + 1 : first + (i + 1) * step))];
    }

    private static List<(long, Article)> ReadRange(DuckDBConnection connection, (long From, long To) range, Dictionary<string, (int Rank, string Source)> files)
    {
        var mentions = Mentions(connection, range);
        var articles = new List<(long, Article)>();
        var json = new RepeatedJson();
        // Paths, page labels, sections, datelines and the evidence for a date repeat from article to article.
        var strings = new Utf8StringPool();
        using var r = ChunkReader.Open(connection, $"SELECT {ArticleColumns} FROM articles WHERE article_key >= $1 AND article_key < $2", range.From, range.To);
        while (r.Read())
        {
            var file = files[strings.Get(r, 1)!];
            var key = r.Int64(0);
            var ord = r.Int32(2);
            var article = ReadArticle(r, file.Source, strings, json, mentions.Columns, mentions.ByArticle.GetValueOrDefault(key));
            articles.Add((((long)file.Rank << 32) | (uint)ord, article));
        }
        return articles;
    }

    private static Article ReadArticle(ChunkReader r, string source, Utf8StringPool strings, RepeatedJson json, MentionColumns columns, ArticleRows m)
    {
        var body = Mapped(r.String(24)!, r.Bytes(25)!);
        var normalizedOffsets = r.Bytes(27);
        MappedText? normalized = normalizedOffsets is null ? null
            : Mapped(r.Boolean(28) ? body.Text : r.String(26)!, normalizedOffsets);
        return new Article
        {
            Id = r.String(3)!,
            Source = source,
            Layout = LayoutCodes.Parse(strings.Get(r, 4)!),
            Lines = new LineRange(r.Int32(5), r.Int32(6)),
            Parts = MetadataJson.ReadParts(r.String(7)),
            Published = r.IsNull(8) ? null : Epoch.AddDays((int)r.Int64(8)),
            PublishedFrom = Codes.Parse<PublishedFrom>(strings.Get(r, 9)!),
            PublishedEvidence = strings.Get(r, 10),
            Paper = strings.Get(r, 11),
            Page = strings.Get(r, 12),
            PageTitle = strings.Get(r, 13),
            Section = strings.Get(r, 14),
            Title = r.String(15),
            Subtitle = r.String(16),
            Dateline = strings.Get(r, 17),
            Bylines = strings.Get(r, 18) is { } bylines ? json.Bylines(bylines) : [],
            Captions = r.IsNull(19) ? [] : MetadataJson.ReadStrings(r.Utf8(19)),
            Continuations = r.IsNull(20) ? [] : MetadataJson.ReadStrings(r.Utf8(20)),
            PageInfo = strings.Get(r, 21) is { } page ? json.PageInfo(page) : null,
            Web = MetadataJson.ReadWeb(r.String(22)),
            Tables = MetadataJson.ReadTables(r.String(23)),
            Body = body,
            Normalized = normalized,
            Dates = columns.Dates.Slice(m.Dates),
            Quantities = columns.Quantities.Slice(m.Quantities),
            Places = columns.Places.Slice(m.Places),
            Organizations = columns.Organizations.Slice(m.Organizations),
            People = columns.People.Slice(m.People),
            Topics = columns.Topics.Slice(m.Topics),
        };
    }

    private static MappedText Mapped(string text, byte[] offsets) =>
        MappedText.WithLazyOffsets(text, () => OffsetMapCodec.Decode(offsets, text.Length + 1));

    /// <summary>
    /// The mentions of a range of articles as columns, with each article's rows by article key. The
    /// rows of an article are stored together and in order (the writer appends them so), which the
    /// scan checks; a store where they are not is read again sorted.
    /// </summary>
    private static (MentionColumns Columns, Dictionary<long, ArticleRows> ByArticle) Mentions(DuckDBConnection connection, (long From, long To) range) =>
        ReadMentions(connection, range, sorted: false) ?? ReadMentions(connection, range, sorted: true)!.Value;

    private static (MentionColumns, Dictionary<long, ArticleRows>)? ReadMentions(DuckDBConnection connection, (long From, long To) range, bool sorted)
    {
        var columns = new MentionColumns(KindCounts(connection, range));
        var byArticle = new Dictionary<long, ArticleRows>();
        var strings = new Utf8StringPool();
        using var r = ChunkReader.Open(connection,
            $"SELECT {MentionColumns} FROM mentions WHERE article_key >= $1 AND article_key < $2{(sorted ? " ORDER BY article_key, 2, ord" : "")}", range.From, range.To);
        long current = long.MinValue;
        var rows = new ArticleRows();
        while (r.Read())
        {
            var key = r.Int64(0);
            if (key != current)
            {
                if (current != long.MinValue) byArticle[current] = rows;
                // An article seen before, with another in between: its rows are not together.
                if (byArticle.ContainsKey(key)) return null;
                current = key;
                rows = new ArticleRows();
            }
            var span = r.IsNull(19) ? default : new Span(r.Int32(19), r.Int32(20));
            var kind = r.Int32(1);
            int added;
            switch (kind)
            {
                case (int)MentionKind.Date:
                    added = Add(columns.Dates, new DateRow(strings.Get(r, 2)!, strings.Get(r, 4), strings.Get(r, 5), strings.Get(r, 6)!, span, r.Boolean(7)));
                    break;
                case (int)MentionKind.Quantity:
                    added = Add(columns.Quantities, new QuantityRow(strings.Get(r, 2)!, r.Decimal(8), strings.Get(r, 9), strings.Get(r, 10), r.Decimal(11), r.Decimal(12), strings.Get(r, 13)!, span));
                    break;
                case (int)MentionKind.Place:
                    added = Add(columns.Places, new PlaceRow(strings.Get(r, 3)!, strings.Get(r, 14), strings.Get(r, 15), span));
                    break;
                case (int)MentionKind.Organization:
                    added = Add(columns.Organizations, new NamedRow(strings.Get(r, 3)!, strings.Get(r, 16), span));
                    break;
                case (int)MentionKind.Person:
                    added = Add(columns.People, new NamedRow(strings.Get(r, 3)!, strings.Get(r, 17), span));
                    break;
                case (int)MentionKind.Topic:
                    added = Add(columns.Topics, new TopicRow(strings.Get(r, 3)!, r.Double(18)));
                    break;
                default:
                    throw new InvalidDataException($"mentions table holds an unknown kind '{r.String(21)}'");
            }
            if (!rows.Extend(kind, added, r.Int32(22))) return null;
        }
        if (current != long.MinValue) byArticle[current] = rows;
        return (columns, byArticle);
    }

    /// <summary>Adds a row and returns its index.</summary>
    private static int Add<T, TRow>(MentionColumns.Rows<T, TRow> rows, in TRow row) where TRow : struct
    {
        rows.Add(row);
        return rows.Count - 1;
    }

    /// <summary>Mentions of each kind in a range (the order of <see cref="MentionKind"/>), to size the columns.</summary>
    private static int[] KindCounts(DuckDBConnection connection, (long From, long To) range)
    {
        var counts = new int[Enum.GetValues<MentionKind>().Length];
        using var command = Sql.Command(connection, $"SELECT {KindNumber}, count(*) FROM mentions WHERE article_key >= $1 AND article_key < $2 GROUP BY ALL", range.From, range.To);
        using var r = command.ExecuteReader();
        while (r.Read())
            if (r.GetInt32(0) is var kind and >= 0) counts[kind] = (int)r.GetInt64(1);
        return counts;
    }

    /// <summary>
    /// DuckDB settings for reading a whole store, restored afterwards (they hold for every connection
    /// to the database). Each scan runs on the thread that reads it: with DuckDB's worker threads a
    /// streamed result is produced on them while the reading thread waits in a loop that takes a
    /// lock per turn, and the ranges read in parallel keep the cores busy anyway. The buffer pool is
    /// kept small: a scan that reads each block once gains nothing from caching blocks, and filling a
    /// large pool means fresh memory (page faults) for every block. Measured on the 200 MB corpus,
    /// reading the texts cost 6.2 CPU seconds with the defaults (2 threads, 512 MB), 3.2 with one
    /// thread and 1.6 with one thread and 64 MB.
    /// </summary>
    private sealed class ReadSettings : IDisposable
    {
        private const string MemoryLimit = "64MB";

        private readonly DuckDBConnection _connection;

        public ReadSettings(DuckDBConnection connection)
        {
            _connection = connection;
            Sql.Execute(connection, $"SET threads = 1; SET memory_limit = '{MemoryLimit}'");
        }

        public void Dispose() => Sql.Execute(_connection, $"RESET threads; SET memory_limit = '{CorpusStore.MemoryLimit}'");
    }

    /// <summary>Where an article's mentions of each kind are in the columns: first row and count, per kind.</summary>
    private struct ArticleRows
    {
        public KindRange Dates, Quantities, Places, Organizations, People, Topics;

        /// <summary>Counts row <paramref name="row"/> of a kind in; false when it does not follow the article's previous row of that kind or its ord is not the next.</summary>
        public bool Extend(int kind, int row, int ord)
        {
            ref var range = ref Range(kind);
            if (range.Count == 0) range.Start = row;
            else if (range.Start + range.Count != row) return false;
            return ord == range.Count++;
        }

        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        private ref KindRange Range(int kind)
        {
            switch (kind)
            {
                case (int)MentionKind.Date: return ref Dates;
                case (int)MentionKind.Quantity: return ref Quantities;
                case (int)MentionKind.Place: return ref Places;
                case (int)MentionKind.Organization: return ref Organizations;
                case (int)MentionKind.Person: return ref People;
                default: return ref Topics;
            }
        }
    }


    /// <summary>
    /// Metadata JSON that repeats from article to article, parsed once per distinct text: every
    /// article of a page carries the same page header, and the same reporters sign many articles.
    /// The records are immutable, so articles share them.
    /// </summary>
    private sealed class RepeatedJson
    {
        private readonly Dictionary<string, PageInfo?> _pages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<Byline>> _bylines = new(StringComparer.Ordinal);

        public PageInfo? PageInfo(string json) =>
            _pages.TryGetValue(json, out var page) ? page : _pages[json] = MetadataJson.ReadPageInfo(json);

        public IReadOnlyList<Byline> Bylines(string json) =>
            _bylines.TryGetValue(json, out var bylines) ? bylines : _bylines[json] = MetadataJson.ReadBylines(json);
    }
}
