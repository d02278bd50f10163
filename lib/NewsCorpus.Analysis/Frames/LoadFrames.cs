using Microsoft.Data.Analysis;
using NewsCorpus.Pipeline;

namespace NewsCorpus.Analysis.Frames;

/// <summary>What the load did, as DataFrames: one row per file and one per diagnostic.</summary>
public static class LoadFrames
{
    /// <summary>One row per input file: status, layout, encoding, articles and diagnostics.</summary>
    public static DataFrame Files(IEnumerable<FileReport> files) =>
        new FrameBuilder<FileReport>()
            .Text("file", f => Path.GetFileName(f.Path))
            .Text("status", f => f.Status.ToString().ToLowerInvariant())
            .Text("layout", f => f.Layout.Code())
            .Text("encoding", f => f.Encoding)
            .Int("articles", f => f.ArticleCount)
            .Int("diagnostics", f => f.Diagnostics.Count)
            .Build(files);

    /// <summary>One row per diagnostic: file, line, severity, code and message.</summary>
    public static DataFrame Diagnostics(IEnumerable<Diagnostic> diagnostics) =>
        new FrameBuilder<Diagnostic>()
            .Text("file", d => Path.GetFileName(d.Source))
            .Int("line", d => d.Line)
            .Text("severity", d => d.Severity.ToString().ToLowerInvariant())
            .Text("code", d => d.Code)
            .Text("message", d => d.Message)
            .Build(diagnostics);
}
