using NewsCorpus.Reading.Assembly;
using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Readers;

/// <summary>
/// Plain-text e-paper pages: one paragraph per line, headlines as short lines without sentence ends,
/// datelines "株洲日报讯(全媒体记者/…)", column labels, 讲述人 pieces, "◀上接01版" continuations.
/// </summary>
public sealed class EpaperTextReader : IPageReader
{
    private static readonly AssemblyPolicy Policy = new(BylineAfterBodyOpens: false, SplitOnWidthChange: false, GapOpens: true, DetachTrailingHeadings: false);

    public Layout Layout => Layout.EpaperText;

    public PageReadResult Read(SourceDocument document)
    {
        var paragraphs = Paragraph.Split(document);
        var blocks = new List<Block>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            var text = MappedJoin.Lines(document.Text, p.Lines);
            blocks.Add(BlockClassifier.ByMarks(text, p.First, p.Last, p.Lines.Count, p.BlankLinesBefore)
                ?? BlockClassifier.HeadingOrBody(text, p.First, p.Last, p.BlankLinesBefore, PageMarks.HasHeadlineShape(text.Span)));
        }
        var result = new ArticleAssembler(document, Policy).Assemble(blocks);
        return DraftsToArticles.Build(document, Layout, result.Drafts, result.Diagnostics);
    }
}
