using DuckDB.NET.Data;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Store;

/// <summary>Appends the parse results of a batch of raw files to the store through DuckDB's Appender, in one transaction.</summary>
internal sealed class StoreWriter(DuckDBConnection connection)
{
    private long _nextKey = Sql.Scalar<long>(connection, "SELECT coalesce(max(article_key), 0) + 1 FROM articles");

    public void Append(IReadOnlyList<(RawFile File, FileResult Result)> batch)
    {
        using var transaction = connection.BeginTransaction();
        using (var files = connection.CreateAppender("files"))
        using (var diagnostics = connection.CreateAppender("diagnostics"))
        using (var articles = connection.CreateAppender("articles"))
        using (var mentions = connection.CreateAppender("mentions"))
        {
            foreach (var (file, result) in batch)
            {
                var report = result.Report;
                files.CreateRow()
                    .AppendValue(file.Key).AppendValue(file.ContentHash).AppendValue(file.Bytes)
                    .AppendValue(Codes.Of(report.Status)).AppendValue(report.Encoding).AppendValue(report.Layout.Code())
                    .AppendValue(result.Articles.Count).AppendValue(Codes.Of(report.Newlines)).AppendValue(report.DuplicateOf)
                    .AppendValue(file.Modified)
                    .EndRow();
                for (var i = 0; i < report.Diagnostics.Count; i++)
                {
                    var d = report.Diagnostics[i];
                    diagnostics.CreateRow()
                        .AppendValue(file.Key).AppendValue(i).AppendValue(d.Line).AppendValue(Codes.Of(d.Severity))
                        .AppendValue(d.Code).AppendValue(d.Message)
                        .EndRow();
                }
                for (var i = 0; i < result.Articles.Count; i++)
                {
                    var key = _nextKey++;
                    AppendArticle(articles, key, file.Key, i, result.Articles[i]);
                    MentionRows.Append(mentions, key, file.Key, result.Articles[i]);
                }
            }
        }
        transaction.Commit();
    }

    private static void AppendArticle(DuckDBAppender appender, long key, string path, int ord, Article a)
    {
        var sameText = a.Normalized is { } n && n.Text == a.Body.Text;
        appender.CreateRow()
            .AppendValue(key).AppendValue(path).AppendValue(ord).AppendValue(a.Id).AppendValue(a.Layout.Code())
            .AppendValue(a.Lines.First).AppendValue(a.Lines.Last).AppendValue(MetadataJson.Parts(a.Parts))
            .AppendValue(a.Published).AppendValue(Codes.Of(a.PublishedFrom)).AppendValue(a.PublishedEvidence)
            .AppendValue(a.Paper).AppendValue(a.Page).AppendValue(a.PageTitle).AppendValue(a.Section)
            .AppendValue(a.Title).AppendValue(a.Subtitle).AppendValue(a.Dateline)
            .AppendValue(MetadataJson.Bylines(a.Bylines)).AppendValue(a.Captions).AppendValue(a.Continuations)
            .AppendValue(MetadataJson.PageInfo(a.PageInfo)).AppendValue(MetadataJson.Web(a.Web)).AppendValue(MetadataJson.Tables(a.Tables))
            .AppendValue(a.Body.Text).AppendValue(OffsetMapCodec.Encode(a.Body.Offsets))
            .AppendValue(a.Normalized is null || sameText ? null : a.Normalized.Text)
            .AppendValue(a.Normalized is null ? null : OffsetMapCodec.Encode(a.Normalized.Offsets))
            .AppendValue(sameText)
            .EndRow();
    }
}
