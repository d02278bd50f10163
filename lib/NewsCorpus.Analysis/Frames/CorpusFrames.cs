using System.Globalization;
using Microsoft.Data.Analysis;

namespace NewsCorpus.Analysis.Frames;

/// <summary>
/// The corpus as DataFrames, one row per article or per mention. Mention tables start with the article's
/// id, publication date, source and title (article_title) and end with the mention's span and raw offset (provenance).
/// Dates are DateTime columns, values Double, counts Int32.
/// </summary>
public static class CorpusFrames
{
    /// <summary>One row per article: metadata, provenance, text length and how many mentions of each kind.</summary>
    public static DataFrame Articles(IEnumerable<Article> articles) =>
        new FrameBuilder<Article>()
            .Text("id", a => a.Id)
            .Date("published", a => a.Published)
            .Text("published_from", a => a.PublishedFrom.ToString().ToLowerInvariant())
            .Text("source", a => Path.GetFileName(a.Source))
            .Text("layout", a => a.Layout.Code())
            .Text("paper", a => a.Paper)
            .Text("page", a => a.Page)
            .Text("page_title", a => a.PageTitle)
            .Text("section", a => a.Section)
            .Text("title", a => a.Title)
            .Text("bylines", a => a.Bylines.Count > 0 ? string.Join("、", a.Bylines.Select(b => b.Name)) : null)
            .Int("first_line", a => a.Lines.First)
            .Int("last_line", a => a.Lines.Last)
            .Int("chars", a => a.Text.Length)
            .Int("dates", a => a.Dates.Count)
            .Int("quantities", a => a.Quantities.Count)
            .Int("places", a => a.Places.Count)
            .Int("organizations", a => a.Organizations.Count)
            .Int("people", a => a.People.Count)
            .Int("tables", a => a.Tables.Count)
            .Text("top_topic", a => a.Topics.Count > 0 ? a.Topics.MaxBy(t => t.Score)!.Name : null)
            .Build(articles);

    /// <summary>One row per page (source file, page, page title, publication date) with its number of articles.</summary>
    public static DataFrame Pages(IEnumerable<Article> articles) =>
        new FrameBuilder<IGrouping<(string Source, string? Page, string? PageTitle, DateOnly? Published), Article>>()
            .Text("source", g => Path.GetFileName(g.Key.Source))
            .Date("published", g => g.Key.Published)
            .Text("page", g => g.Key.Page)
            .Text("page_title", g => g.Key.PageTitle)
            .Int("articles", g => g.Count())
            .Int("chars", g => g.Sum(a => a.Text.Length))
            .Int("first_line", g => g.Min(a => a.Lines.First))
            .Int("last_line", g => g.Max(a => a.Lines.Last))
            .Build(articles.GroupBy(a => (a.Source, a.Page, a.PageTitle, a.Published)));

    /// <summary>One row per person credited in a byline (reporters, photographers, correspondents).</summary>
    public static DataFrame Bylines(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.Bylines.Select(b => (b, (Span?)null)), b => b
            .Text("name", r => r.Mention.Name)
            .Text("role", r => r.Mention.Role));

    /// <summary>One row per date or time mentioned in the text, with its resolved start and end.</summary>
    public static DataFrame Dates(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.Dates.Select(d => (d, (Span?)d.Span)), b => b
            .Text("text", r => r.Mention.Text)
            .DateTime("start", r => ParseIso(r.Mention.Start))
            .DateTime("end", r => ParseIso(r.Mention.End))
            .Text("grain", r => r.Mention.Grain)
            .Bool("vague", r => r.Mention.Vague)
            .Text("context", r => r.Context()));

    /// <summary>One row per quantity: value in its canonical unit, kind, approximation, range bounds and context.</summary>
    public static DataFrame Quantities(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.Quantities.Select(q => (q, (Span?)q.Span)), b => b
            .Text("text", r => r.Mention.Text)
            .Number("value", r => (double?)r.Mention.Value)
            .Text("unit", r => r.Mention.Unit)
            .Text("kind", r => r.Mention.Kind)
            .Text("approx", r => r.Mention.Approx)
            .Number("min", r => (double?)r.Mention.Min)
            .Number("max", r => (double?)r.Mention.Max)
            .Text("context", r => r.Context()));

    /// <summary>One row per place mention, with the gazetteer's parent and level.</summary>
    public static DataFrame Places(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.Places.Select(p => (p, (Span?)p.Span)), b => b
            .Text("name", r => r.Mention.Name)
            .Text("parent", r => r.Mention.Parent)
            .Text("level", r => r.Mention.Level));

    /// <summary>One row per organisation mention, with the alias it was written as.</summary>
    public static DataFrame Organizations(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.Organizations.Select(o => (o, (Span?)o.Span)), b => b
            .Text("name", r => r.Mention.Name)
            .Text("alias", r => r.Mention.Alias));

    /// <summary>One row per person mention, with the title printed beside the name.</summary>
    public static DataFrame People(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.People.Select(p => (p, (Span?)p.Span)), b => b
            .Text("name", r => r.Mention.Name)
            .Text("title", r => r.Mention.Title));

    /// <summary>One row per article and topic it scored on.</summary>
    public static DataFrame Topics(IEnumerable<Article> articles) =>
        Mentions(articles, a => a.Topics.Select(t => (t, (Span?)null)), b => b
            .Text("topic", r => r.Mention.Name)
            .Number("score", r => r.Mention.Score));

    private static DataFrame Mentions<T>(
        IEnumerable<Article> articles,
        Func<Article, IEnumerable<(T Mention, Span? Span)>> select,
        Func<FrameBuilder<MentionRow<T>>, FrameBuilder<MentionRow<T>>> columns)
    {
        var builder = new FrameBuilder<MentionRow<T>>()
            .Text("article_id", r => r.Article.Id)
            .Date("published", r => r.Article.Published)
            .Text("source", r => Path.GetFileName(r.Article.Source))
            .Text("article_title", r => r.Article.Title);
        return columns(builder)
            .Int("span_start", r => r.Span?.Start)
            .Int("span_end", r => r.Span?.End)
            .Int("raw_offset", r => r.RawOffset)
            .Build(articles.SelectMany(a => select(a).Select(m => new MentionRow<T>(a, m.Mention, m.Span))));
    }

    /// <summary>ISO date ("2020-02-26") or date-time ("2020-02-26T09:30") as a DateTime; null when absent or malformed.</summary>
    internal static DateTime? ParseIso(string? iso) =>
        DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
}
