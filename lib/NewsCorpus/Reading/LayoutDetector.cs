namespace NewsCorpus.Reading;

/// <summary>Tells the layout of a decoded file from its shape.</summary>
public static class LayoutDetector
{
    public static Layout Detect(string text)
    {
        if (text.Contains("\n# ") || text.StartsWith("# ", StringComparison.Ordinal) || text.Contains("\n### ")) return Layout.EpaperMarkdown;
        if (text.Contains("浏览量")) return Layout.WebArticle;
        if (text.Contains("日报讯")) return Layout.EpaperText;
        return Layout.PrintOcr;
    }
}
