using NewsCorpus.Reading.Lexicon;

namespace NewsCorpus.Reading.Assembly;

/// <summary>How a layout places its bylines and separates its articles.</summary>
/// <param name="BylineAfterBodyOpens">A plain byline after a body starts the next article (print pages put bylines above the body).</param>
/// <param name="SplitOnWidthChange">A change of column width between body paragraphs starts a new article (print OCR).</param>
/// <param name="GapOpens">Two or more blank lines before a heading start a new article.</param>
/// <param name="DetachTrailingHeadings">Headings after the last body are detached and left to the caller to attach.</param>
internal sealed record AssemblyPolicy(bool BylineAfterBodyOpens, bool SplitOnWidthChange, bool GapOpens, bool DetachTrailingHeadings);

/// <summary>Drafts, trailing detached blocks and diagnostics of one page.</summary>
internal sealed record AssemblyResult(List<ArticleDraft> Drafts, List<Block> Detached, List<Diagnostic> Diagnostics);

/// <summary>
/// Turns classified blocks into article drafts. A heading run opens an article when the evidence says
/// so (a dateline or byline follows, a column label, kicker/title/subtitle, the previous article is
/// closed by its byline, a higher markdown rank, a blank-line gap, or a self-contained piece with its
/// own closing byline); otherwise it is a subheading that stays inside the current article. A body
/// paragraph that stops mid-sentence is continued by the next one, unless an article cut earlier by
/// the column order is waiting for its continuation, which then takes it first.
/// </summary>
internal sealed class ArticleAssembler(SourceDocument document, AssemblyPolicy policy)
{
    private readonly List<ArticleDraft> _drafts = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Block> _detached = [];
    private readonly Queue<ArticleDraft> _cut = new();
    private ArticleDraft? _current;
    private PageInfo? _page;
    private bool _resumeAfterClose;
    private bool _lastWasHeading;

    public AssemblyResult Assemble(List<Block> blocks)
    {
        var lastBody = -1;
        for (var k = 0; k < blocks.Count; k++)
            if (blocks[k].Kind == BlockKind.Body) lastBody = k;
        for (var i = 0; i < blocks.Count;)
        {
            var block = blocks[i];
            if (policy.DetachTrailingHeadings && i > lastBody && _drafts.Count > 0)
            {
                // Headlines, labels, bylines and captions after the last body stand apart from what they belong to.
                for (var k = i; k < blocks.Count; k++) _detached.Add(blocks[k]);
                break;
            }
            if (block.Kind is BlockKind.Heading or BlockKind.Label || (block.Kind == BlockKind.Caption && i + 1 < blocks.Count && blocks[i + 1].Kind is BlockKind.Heading or BlockKind.Label))
            {
                var j = i;
                while (j < blocks.Count && blocks[j].Kind is BlockKind.Heading or BlockKind.Label or BlockKind.Caption) j++;
                HandleRun(blocks, i, j);
                i = j;
                continue;
            }
            switch (block.Kind)
            {
                case BlockKind.PageHeader:
                    _page = block.Page;
                    _current = null;
                    break;
                case BlockKind.Caption:
                    (_current ?? Start()).AddCaption(block, block.Bylines);
                    break;
                case BlockKind.Byline:
                    HandleByline(block);
                    break;
                case BlockKind.Body:
                    HandleBody(block);
                    break;
                case BlockKind.Continuation:
                    HandleContinuation(block);
                    break;
                case BlockKind.Table:
                    var owner = _current ?? Start();
                    owner.Tables.Add(block.Table!);
                    owner.Own.Add(block.Lines);
                    break;
                case BlockKind.Signature:
                    var signed = _current ?? Start();
                    signed.Add(block);
                    Close(signed);
                    break;
            }
            _lastWasHeading = false;
            i++;
        }
        foreach (var cut in _cut)
            _diagnostics.Add(new(document.Path, cut.Segments[^1].Last, Severity.Warning, "unresolved-cut",
                $"“{cut.Title}” stops mid-sentence and no continuation was found on the page"));
        return new(_drafts, _detached, _diagnostics);
    }

    /// <summary>A run of headings, labels and captions: blocks [From, To) of the page.</summary>
    private readonly record struct Run(List<Block> Blocks, int From, int To)
    {
        public Block? FirstOf(BlockKind kind)
        {
            for (var k = From; k < To; k++)
                if (Blocks[k].Kind == kind) return Blocks[k];
            return null;
        }

        public int Headings
        {
            get
            {
                var count = 0;
                for (var k = From; k < To; k++)
                    if (Blocks[k].Kind == BlockKind.Heading) count++;
                return count;
            }
        }

        /// <summary>The smallest markdown level among the headings (the highest rank); 0 when none has one.</summary>
        public int HighestLevel
        {
            get
            {
                var level = 0;
                for (var k = From; k < To; k++)
                    if (Blocks[k] is { Kind: BlockKind.Heading, Level: > 0 } h && (level == 0 || h.Level < level)) level = h.Level;
                return level;
            }
        }
    }

    private void HandleRun(List<Block> blocks, int from, int to)
    {
        var run = new Run(blocks, from, to);
        if (!Opens(run))
        {
            for (var k = from; k < to; k++)
                if (blocks[k].Kind == BlockKind.Caption) _current!.AddCaption(blocks[k], blocks[k].Bylines);
                else _current!.Add(blocks[k], isHeading: true);
            _current!.LastUnfinished = false;
            _lastWasHeading = true;
            return;
        }
        if (_current is { Closed: false, LastUnfinished: true } && EndsMidSentence(_current.Segments[^1].Text)) _cut.Enqueue(_current);
        var draft = Start();
        draft.Section = run.FirstOf(BlockKind.Label)?.Text.Text;
        AssignHeadings(draft, run);
        draft.TitleLevel = run.HighestLevel;
        for (var k = from; k < to; k++)
            if (blocks[k].Kind == BlockKind.Caption) draft.AddCaption(blocks[k], blocks[k].Bylines);
            else draft.Own.Add(blocks[k].Lines);
        _lastWasHeading = true;
    }

    /// <summary>Whether a (possibly continued) paragraph stops mid-sentence, read from its last piece with any text,
    /// so that a paragraph joined across columns is not built as one string for it.</summary>
    private static bool EndsMidSentence(MappedText text)
    {
        for (var k = text.PieceCount - 1; k >= 0; k--)
        {
            var piece = text.Piece(k);
            if (!piece.IsWhiteSpace()) return PageMarks.EndsMidSentence(piece);
        }
        return false;
    }

    private bool Opens(Run run)
    {
        if (_current is null || _current.Closed) return true;
        if (run.FirstOf(BlockKind.Label) is not null || run.Headings >= 2) return true;
        var blocks = run.Blocks;
        var next = run.To;
        if (next < blocks.Count && blocks[next] is { Kind: BlockKind.Byline } or { Kind: BlockKind.Body, Dateline: not null }) return true;
        var first = run.FirstOf(BlockKind.Heading);
        if (first is null) return false;
        if (first.Level == 1 || (first.Level > 0 && _current.TitleLevel > 0 && first.Level < _current.TitleLevel)) return true;
        if (policy.GapOpens && blocks[run.From].BlankLinesBefore >= 2) return true;
        return _current.Bylines.Count > 0 && EndsWithOwnByline(blocks, next);
    }

    /// <summary>True when the blocks up to the next heading end with a closing byline: a piece of its own.</summary>
    private static bool EndsWithOwnByline(List<Block> blocks, int from)
    {
        Block? last = null;
        for (var k = from; k < blocks.Count && blocks[k].Kind is not (BlockKind.Heading or BlockKind.Label or BlockKind.PageHeader); k++)
            if (blocks[k].Kind != BlockKind.Caption) last = blocks[k];
        return last is { Kind: BlockKind.Byline, ClosingStyle: true } || last is { Kind: BlockKind.Body, Closing.Count: > 0 };
    }

    /// <summary>Kicker, title and subtitle by position: "——…" is a subtitle; without a column label a shorter first line is a kicker.</summary>
    private static void AssignHeadings(ArticleDraft draft, Run run)
    {
        var plain = new List<string>(run.To - run.From);
        for (var k = run.From; k < run.To; k++)
        {
            if (run.Blocks[k].Kind != BlockKind.Heading) continue;
            var text = run.Blocks[k].Text.Text;
            if (text.StartsWith('—')) draft.Subtitle = text.TrimStart('—', '-', ' ');
            else plain.Add(text);
        }
        if (plain.Count == 0) return;
        if (plain.Count >= 2 && draft.Section is null && draft.Subtitle is null && plain[0].Length < plain[1].Length)
        {
            draft.Section = plain[0];
            plain.RemoveAt(0);
        }
        draft.Title = plain[0];
        if (plain.Count > 1) draft.Subtitle = string.Join(" ", plain.Skip(1));
    }

    /// <summary>Before any body the byline opens the article; after one it closes it or, on print pages, opens the next.</summary>
    private void HandleByline(Block block)
    {
        var draft = _current;
        if (draft is null || draft.Closed || (draft.HasBody && !block.ClosingStyle && (policy.BylineAfterBodyOpens || draft.Bylines.Count > 0)))
            draft = Start();
        draft.Bylines.AddRange(block.Bylines);
        draft.Own.Add(block.Lines);
        if (draft.HasBody) Close(draft);
    }

    private void HandleBody(Block block)
    {
        if (_current is not null && block.Dateline is not null && _current.HasBody) Start();
        else if (_current is null || _current.Closed)
        {
            if (_cut.Count > 0)
            {
                var resumed = _cut.Dequeue();
                _diagnostics.Add(new(document.Path, block.First, Severity.Info, "continuation-joined",
                    $"lines from {block.First} continue “{resumed.Title}” (cut at line {resumed.Segments[^1].Last}) by column order"));
                _current = resumed;
            }
            else Start();
        }
        else if (policy.SplitOnWidthChange && !_current.LastUnfinished && !_lastWasHeading && _current.HasBody && WidthChanged(_current.LastWidth, block.Width))
            Start();

        var draft = _current!;
        if (draft.LastUnfinished && block.Dateline is null)
        {
            if (_cut.Count > 0)
            {
                var waiting = _cut.Dequeue();
                _cut.Enqueue(draft);
                _diagnostics.Add(new(document.Path, block.First, Severity.Warning, "interleaved-columns",
                    $"“{draft.Title}” stops mid-sentence at line {draft.Segments[^1].Last}; lines from {block.First} are read as the continuation of “{waiting.Title}” (cut at line {waiting.Segments[^1].Last}), the earlier cut piece, by column order"));
                draft = _current = waiting;
                _resumeAfterClose = true;
            }
            draft.MergeIntoLast(block);
        }
        else
        {
            draft.Add(block);
            if (block.Width > 0) draft.LastWidth = block.Width;
        }
        draft.Dateline ??= block.Dateline;
        if (block.Bylines.Count > 0) draft.Bylines.AddRange(block.Bylines);
        draft.LastUnfinished = block.Unfinished;
        if (block.Closing.Count > 0)
        {
            draft.Bylines.AddRange(block.Closing);
            Close(draft);
        }
    }

    private void HandleContinuation(Block block)
    {
        var marker = block.Text.Text;
        if (marker.Contains("下转", StringComparison.Ordinal) && _current is not null)
        {
            _current.Continuations.Add(marker);
            _current.Own.Add(block.Lines);
            return;
        }
        var draft = Start();
        draft.Continuations.Add(marker);
        draft.Own.Add(block.Lines);
        _diagnostics.Add(new(document.Path, block.First, Severity.Info, "continued-article",
            $"the article continued here ({marker}) has its headline on another page"));
    }

    private void Close(ArticleDraft draft)
    {
        draft.Closed = true;
        if (_resumeAfterClose && _cut.Count > 0)
        {
            _current = _cut.Dequeue();
            _resumeAfterClose = false;
            _diagnostics.Add(new(document.Path, draft.Own.Max(r => r.Last), Severity.Info, "interleaved-columns",
                $"“{draft.Title}” ends at line {draft.Own.Max(r => r.Last)}; what follows is read as the rest of “{_current.Title}” (cut at line {_current.Segments[^1].Last})"));
        }
    }

    private ArticleDraft Start()
    {
        var draft = new ArticleDraft { Page = _page };
        _drafts.Add(draft);
        _current = draft;
        _resumeAfterClose = false;
        return draft;
    }

    /// <summary>Columns of one article share a width; a jump of more than 30% means another article's column.</summary>
    private static bool WidthChanged(int previous, int next) =>
        previous > 0 && next > 0 && Math.Max(previous, next) > 1.3 * Math.Min(previous, next);
}
