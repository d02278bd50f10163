using System.Data.Common;
using DuckDB.NET.Data;
using NewsCorpus.Decoding;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Store;

/// <summary>Reads articles and file reports back out of the store as the model's records.</summary>
internal static class StoreReader
{
    private const string ArticleColumns = """
        article_key, path, ord, id, layout, line_first, line_last, parts, published, published_from, published_evidence,
        paper, page, page_title, section, title, subtitle, dateline, bylines, captions, continuations,
        page_info, web, tables, body, body_offsets, normalized, normalized_offsets, normalized_same_text
        """;

    private const string MentionColumns = """
        article_key, kind, text, name, date_start, date_end, grain, vague, value, unit, approx, min, max,
        quantity_kind, parent, level, alias, title, score, span_start, span_end
        """;

    /// <summary>
    /// Articles in corpus order (by file key, then position in the file). Mentions are read on a
    /// second connection while the articles are read on the first.
    /// </summary>
    public static List<Article> Articles(DuckDBConnection connection, string storePath, Func<string, string> source)
    {
        var mentionsTask = Task.Run(() =>
        {
            using var second = new DuckDBConnection(CorpusStore.ConnectionString(storePath));
            second.Open();
            return Mentions(second);
        });
        var rows = new List<(string Path, int Ord, long Key, Article Article)>();
        using (var command = Sql.Command(connection, $"SELECT {ArticleColumns} FROM articles"))
        using (var r = command.ExecuteReader())
        {
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            while (r.Read()) rows.Add(ReadArticle(r, sources, source));
        }
        var mentions = mentionsTask.GetAwaiter().GetResult();
        rows.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is var c and not 0 ? c : a.Ord.CompareTo(b.Ord));
        return rows.Select(row => mentions.TryGetValue(row.Key, out var m) ? m.AddTo(row.Article) : row.Article).ToList();
    }

    public static List<FileReport> FileReports(DuckDBConnection connection, Func<string, string> source)
    {
        var diagnostics = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        using (var command = Sql.Command(connection, "SELECT path, line, severity, code, message FROM diagnostics ORDER BY path, ord"))
        using (var r = command.ExecuteReader())
            while (r.Read())
            {
                var path = r.GetString(0);
                if (!diagnostics.TryGetValue(path, out var list)) diagnostics[path] = list = [];
                list.Add(new Diagnostic(source(path), Int(r, 1), Codes.Parse<Severity>(r.GetString(2)), r.GetString(3), r.GetString(4)));
            }
        var reports = new List<FileReport>();
        using (var command = Sql.Command(connection, "SELECT path, status, encoding, layout, content_hash, article_count, bytes, newlines, duplicate_of FROM files ORDER BY path"))
        using (var r = command.ExecuteReader())
            while (r.Read())
            {
                var path = r.GetString(0);
                reports.Add(new FileReport(source(path), Codes.Parse<FileStatus>(r.GetString(1)), Str(r, 2), LayoutCodes.Parse(r.GetString(3)),
                    Str(r, 4), r.GetInt32(5), diagnostics.TryGetValue(path, out var d) ? d : [])
                {
                    ByteCount = r.GetInt64(6),
                    Newlines = Codes.Parse<NewlineStyle>(r.GetString(7)),
                    DuplicateOf = Str(r, 8),
                });
            }
        return reports;
    }

    private static (string, int, long, Article) ReadArticle(DbDataReader r, Dictionary<string, string> sources, Func<string, string> source)
    {
        var path = r.GetString(1);
        if (!sources.TryGetValue(path, out var src)) sources[path] = src = source(path);
        var body = Mapped(r.GetString(24), Blob(r, 25)!);
        var normalizedOffsets = Blob(r, 27);
        MappedText? normalized = normalizedOffsets is null ? null
            : Mapped(r.GetBoolean(28) ? body.Text : r.GetString(26), normalizedOffsets);
        var article = new Article
        {
            Id = r.GetString(3),
            Source = src,
            Layout = LayoutCodes.Parse(r.GetString(4)),
            Lines = new LineRange(r.GetInt32(5), r.GetInt32(6)),
            Parts = MetadataJson.ReadParts(Str(r, 7)),
            Published = r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8),
            PublishedFrom = Codes.Parse<PublishedFrom>(r.GetString(9)),
            PublishedEvidence = Str(r, 10),
            Paper = Str(r, 11),
            Page = Str(r, 12),
            PageTitle = Str(r, 13),
            Section = Str(r, 14),
            Title = Str(r, 15),
            Subtitle = Str(r, 16),
            Dateline = Str(r, 17),
            Bylines = MetadataJson.ReadBylines(Str(r, 18)),
            Captions = r.GetFieldValue<List<string>>(19),
            Continuations = r.GetFieldValue<List<string>>(20),
            PageInfo = MetadataJson.ReadPageInfo(Str(r, 21)),
            Web = MetadataJson.ReadWeb(Str(r, 22)),
            Tables = MetadataJson.ReadTables(Str(r, 23)),
            Body = body,
            Normalized = normalized,
        };
        return (path, r.GetInt32(2), r.GetInt64(0), article);
    }

    private static MappedText Mapped(string text, byte[] offsets) =>
        MappedText.WithLazyOffsets(text, () => OffsetMapCodec.Decode(offsets, text.Length + 1));

    private static Dictionary<long, ArticleMentions> Mentions(DuckDBConnection connection)
    {
        var byArticle = new Dictionary<long, ArticleMentions>();
        var strings = new StringPool();
        using var command = Sql.Command(connection, $"SELECT {MentionColumns} FROM mentions");
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var key = r.GetInt64(0);
            if (!byArticle.TryGetValue(key, out var m)) byArticle[key] = m = new ArticleMentions();
            var span = r.IsDBNull(19) ? default : new Span(r.GetInt32(19), r.GetInt32(20));
            switch (r.GetString(1))
            {
                case MentionKinds.Date:
                    m.Dates.Add(new DateMention(r.GetString(2), Str(r, 4), Str(r, 5), strings.Get(r, 6)!, span, r.GetBoolean(7)));
                    break;
                case MentionKinds.Quantity:
                    m.Quantities.Add(new Quantity(r.GetString(2), Dec(r, 8), strings.Get(r, 9), strings.Get(r, 10), Dec(r, 11), Dec(r, 12), strings.Get(r, 13)!, span));
                    break;
                case MentionKinds.Place:
                    m.Places.Add(new PlaceMention(strings.Get(r, 3)!, strings.Get(r, 14), strings.Get(r, 15), span));
                    break;
                case MentionKinds.Organization:
                    m.Organizations.Add(new OrganizationMention(strings.Get(r, 3)!, strings.Get(r, 16), span));
                    break;
                case MentionKinds.Person:
                    m.People.Add(new PersonMention(strings.Get(r, 3)!, strings.Get(r, 17), span));
                    break;
                case MentionKinds.Topic:
                    m.Topics.Add(new TopicScore(strings.Get(r, 3)!, r.GetDouble(18)));
                    break;
                case var other:
                    throw new InvalidDataException($"mentions table holds an unknown kind '{other}'");
            }
        }
        return byArticle;
    }

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static decimal? Dec(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    private static byte[]? Blob(DbDataReader r, int i)
    {
        if (r.IsDBNull(i)) return null;
        using var stream = r.GetStream(i);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The mentions of one article, gathered while scanning the mentions table.</summary>
    private sealed class ArticleMentions
    {
        public List<DateMention> Dates { get; } = [];
        public List<Quantity> Quantities { get; } = [];
        public List<PlaceMention> Places { get; } = [];
        public List<OrganizationMention> Organizations { get; } = [];
        public List<PersonMention> People { get; } = [];
        public List<TopicScore> Topics { get; } = [];

        public Article AddTo(Article article) => article with
        {
            Dates = Dates, Quantities = Quantities, Places = Places,
            Organizations = Organizations, People = People, Topics = Topics,
        };
    }

    /// <summary>One string instance per distinct short value (names, units, grains), so a loaded corpus holds each once.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

        public string? Get(DbDataReader r, int i)
        {
            if (r.IsDBNull(i)) return null;
            var s = r.GetString(i);
            if (_pool.TryGetValue(s, out var pooled)) return pooled;
            _pool[s] = s;
            return s;
        }
    }
}
