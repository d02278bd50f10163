namespace NewsCorpus.Notebooks.Rendering;

/// <summary>The CSS shared by rendered notebooks and the index page: readable widths, CJK fonts first, monospace code with
/// highlight colours.</summary>
internal static class PageStyle
{
    /// <summary>Doctype, html and head of a page (Chinese, UTF-8), with the shared CSS and anything else the head needs.</summary>
    public static string Head(string title, string extra = "") => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{System.Net.WebUtility.HtmlEncode(title)}</title>
        <style>
        {Css}
        </style>
        {extra}
        </head>
        """;

    public const string Css = """
        :root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --code-bg:#f6f8fa; --accent:#0969da; --err:#cf222e; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1080px; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
               font: 16px/1.7 "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
        header.page { border-bottom: 1px solid var(--line); margin-bottom: 1.5rem; color: var(--muted); font-size: .9rem; }
        header.page h1 { color: var(--ink); font-size: 1.6rem; margin: 0 0 .3rem; }
        a { color: var(--accent); }
        h1, h2, h3, h4 { line-height: 1.3; }
        pre, code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: 14px; }
        code { background: var(--code-bg); padding: .1em .3em; border-radius: 4px; }
        pre code { background: none; padding: 0; }
        .cell { margin: 1.2rem 0; }
        .cell.code .source { position: relative; background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px;
                             padding: .75rem 1rem; overflow-x: auto; margin: 0; white-space: pre; }
        .cell.code .source::before { content: attr(data-prompt); position: absolute; right: .6rem; top: .3rem; color: var(--muted); font-size: 12px; }
        .outputs { padding: .5rem 0 0 1rem; border-left: 3px solid var(--line); margin-top: .5rem; overflow-x: auto; }
        .outputs pre { margin: .3rem 0; white-space: pre-wrap; word-break: break-word; }
        .stream.stderr { background: #fff8c5; padding: .2rem .5rem; }
        .error { color: var(--err); background: #ffebe9; padding: .5rem .75rem; border-radius: 6px; }
        table { border-collapse: collapse; margin: .5rem 0; font-size: .92rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th { background: var(--code-bg); }
        blockquote { margin: 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--line); }
        img { max-width: 100%; }
        .k { color: #cf222e; } .s { color: #0a3069; } .n { color: #0550ae; } .c { color: #6e7781; font-style: italic; }
        .d { color: #8250df; } .t { color: #953800; }
        .ok { color: #1a7f37; } .failed { color: var(--err); font-weight: 600; }
        """;
}
