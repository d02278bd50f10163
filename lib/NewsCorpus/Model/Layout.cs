namespace NewsCorpus;

/// <summary>The page layouts of data/raw (see DESIGN.md); <see cref="LayoutCodes"/> gives their schema codes.</summary>
public enum Layout
{
    Unknown,
    PrintOcr,
    WebArticle,
    EpaperText,
    EpaperMarkdown,
}

public static class LayoutCodes
{
    public static string Code(this Layout layout) => layout switch
    {
        Layout.PrintOcr => "print-ocr",
        Layout.WebArticle => "web-article",
        Layout.EpaperText => "epaper-text",
        Layout.EpaperMarkdown => "epaper-markdown",
        _ => "unknown",
    };

    public static Layout Parse(string code) => code switch
    {
        "print-ocr" => Layout.PrintOcr,
        "web-article" => Layout.WebArticle,
        "epaper-text" => Layout.EpaperText,
        "epaper-markdown" => Layout.EpaperMarkdown,
        _ => Layout.Unknown,
    };
}
