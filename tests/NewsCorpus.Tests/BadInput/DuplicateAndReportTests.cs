using System.Text.Json;
using NewsCorpus.Decoding;
using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests.BadInput;

/// <summary>A run accounts for every file: duplicates by content hash under other names, empty and unreadable files, in the JSON report.</summary>
public class DuplicateAndReportTests
{
    [Fact]
    public void Copies_under_other_names_are_duplicates_of_the_first_and_add_no_articles()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.txt", SeedBytes.Raw("001"));
        var copy = folder.Write("b-copy.txt", SeedBytes.Raw("001"));
        var reEncoded = folder.Write("c-gbk.txt", SeedBytes.Variant("001", "gb18030"));
        var emptyOne = folder.Write("d-empty.txt", []);
        var emptyTwo = folder.Write("e-empty.txt", []);
        var secondCopy = folder.Write("f-copy.txt", SeedBytes.Raw("001"));

        var run = NewsPipeline.Default.ParseRun([first, copy, reEncoded, emptyOne, emptyTwo, secondCopy]);

        Assert.Equal(
            [FileStatus.Parsed, FileStatus.Duplicate, FileStatus.Parsed, FileStatus.Empty, FileStatus.Empty, FileStatus.Duplicate],
            run.Report.Files.Select(f => f.Status));
        Assert.Equal([null, first, null, null, null, first], run.Report.Files.Select(f => f.DuplicateOf));
        Assert.Empty(run.Files[1].Articles);
        var original = NewsPipeline.Default.ParseFile(first);
        Assert.Equal(2 * original.Articles.Count, run.Articles.Count());
        var diagnostic = Assert.Single(run.Report.Files[1].Diagnostics);
        Assert.Equal($"same content (SHA-256 {original.Report.ContentHash![..12]}…) as {first}; its {original.Articles.Count} article(s) are not repeated", diagnostic.Message);
    }

    [Fact]
    public void The_JSON_report_has_one_entry_per_file_with_status_encoding_articles_and_diagnostics()
    {
        using var folder = new TempFolder();
        var lines = SeedBytes.Lines("003");
        lines[2] = [.. lines[2], 0xC3];
        var files = new[]
        {
            folder.Write("003.txt", SeedBytes.Raw("003")),
            folder.Write("003-utf16.txt", SeedBytes.Variant("003", "utf-16le-bom")),
            folder.Write("003-broken.txt", SeedBytes.JoinLines(lines)),
            folder.Write("003-again.txt", SeedBytes.Raw("003")),
            folder.Write("blank.txt", "\n\n"u8.ToArray()),
            folder.Write("image.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]),
            Path.Combine(folder.Path, "missing.txt"),
        };

        var run = NewsPipeline.Default.ParseRun(files);
        var json = JsonDocument.Parse(ParseReportJson.ToJson(run.Report)).RootElement;

        var summary = json.GetProperty("summary");
        Assert.Equal(7, summary.GetProperty("files").GetInt32());
        Assert.Equal(run.Report.ArticleCount, summary.GetProperty("articles").GetInt32());
        Assert.Equal((2, 1, 1, 1, 2), (summary.GetProperty("parsed").GetInt32(), summary.GetProperty("partial").GetInt32(),
            summary.GetProperty("duplicate").GetInt32(), summary.GetProperty("empty").GetInt32(), summary.GetProperty("unreadable").GetInt32()));
        var entries = json.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files, entries.Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(["parsed", "parsed", "partial", "duplicate", "empty", "unreadable", "unreadable"], entries.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(["utf-8", "utf-16le-bom", "utf-8", "utf-8", "utf-8", "none", null], entries.Select(e => e.GetProperty("encoding").GetString()));
        Assert.Equal(SeedBytes.Raw("003").Length, entries[0].GetProperty("bytes").GetInt64());
        Assert.Equal(files[0], entries[3].GetProperty("duplicateOf").GetString());
        var broken = entries[2].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "invalid-bytes");
        Assert.Equal(3, broken.GetProperty("line").GetInt32());
        Assert.Equal(SeedBytes.LineOffset(lines, 3) + lines[2].Length - 1, broken.GetProperty("byteOffset").GetInt64());
        Assert.Equal("error", broken.GetProperty("severity").GetString());
        Assert.Equal("1 invalid utf-8 byte sequence(s) replaced by U+FFFD, the first is C3", broken.GetProperty("reason").GetString());
        Assert.Equal(run.Report.Files[0].ArticleCount, entries[0].GetProperty("articles").GetInt32());
        Assert.Equal("7 files: 2 parsed, 1 partial, 1 duplicate, 1 empty, 2 unreadable; " + run.Report.ArticleCount + " articles", run.Report.Summary);
        Assert.True(run.Report.HasProblems);
    }

    [Fact]
    public void The_seed_corpus_parses_without_problems()
    {
        var run = NewsPipeline.Default.ParseRun(Directory.EnumerateFiles(Seeds.RawDirectory).Order());

        Assert.Equal(5, run.Report.StatusCounts[FileStatus.Parsed]);
        Assert.False(run.Report.HasProblems);
        Assert.All(run.Report.Files, f => Assert.Equal(("utf-8", NewlineStyle.Lf), (f.Encoding, f.Newlines)));
    }
}
