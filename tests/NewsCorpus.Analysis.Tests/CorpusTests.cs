using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Analysis.Tests;

public class CorpusTests
{
    [Fact]
    public void Load_reads_every_seed_with_a_report()
    {
        var corpus = SeedCorpus.Value;
        var report = corpus.Report;

        Assert.Equal(5, report.Files);
        Assert.Equal(corpus.Articles.Count, report.Articles);
        Assert.Equal(corpus.Files.Sum(f => f.ArticleCount), report.Articles);
        Assert.Equal(5, report.FilesByStatus.Values.Sum());
        Assert.Equal(2, report.FilesByLayout[Layout.EpaperMarkdown]);
        Assert.Equal(1, report.FilesByLayout[Layout.PrintOcr]);
        Assert.Equal(1, report.FilesByLayout[Layout.WebArticle]);
        Assert.Equal(1, report.FilesByLayout[Layout.EpaperText]);
        Assert.Equal(new DateOnly(2020, 2, 1), report.FirstPublished);
        Assert.Equal(report.Diagnostics, corpus.Diagnostics.Count());
        Assert.Equal(Seeds.DataDirectory, corpus.DataDirectory);
    }

    [Fact]
    public void Articles_keep_the_order_of_the_files()
    {
        var sources = SeedCorpus.Value.Articles.Select(a => Path.GetFileName(a.Source)[..3]).ToList();

        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        Assert.Equal(["000", "001", "002", "003", "004"], sources.Distinct());
    }

    [Fact]
    public void Web_article_carries_its_stated_date_and_reporters()
    {
        var article = SeedCorpus.Value.Articles.Single(a => a.Layout == Layout.WebArticle);

        Assert.Equal(new DateOnly(2020, 2, 1), article.Published);
        Assert.Equal(["李支国", "尹二荣", "沈全华", "邹怡敏"], article.Bylines.Select(b => b.Name));
    }

    [Fact]
    public void A_folder_with_one_file_loads_that_file()
    {
        var dir = Directory.CreateTempSubdirectory("newscorpus-one-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "raw"));
            File.Copy(Seeds.File("001"), Path.Combine(dir.FullName, "raw", "001.txt"));
            File.WriteAllText(Path.Combine(dir.FullName, "raw", ".hidden"), "not a page");

            var corpus = Corpus.Load(dir.FullName);

            Assert.Equal(1, corpus.Report.Files);
            Assert.Equal(FileStatus.Parsed, Assert.Single(corpus.Files).Status);
            Assert.NotEmpty(corpus.Articles);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_folder_without_raw_says_which_folder_and_what_to_set()
    {
        var dir = Directory.CreateTempSubdirectory("newscorpus-none-");
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => Corpus.Load(dir.FullName));
            Assert.Contains(dir.FullName, error.Message);
            Assert.Contains(Corpus.DataVariable, error.Message);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Data_directory_comes_from_the_environment_else_the_fallback()
    {
        var saved = Environment.GetEnvironmentVariable(Corpus.DataVariable);
        try
        {
            Environment.SetEnvironmentVariable(Corpus.DataVariable, null);
            Assert.Equal("../data", Corpus.DataDirectoryFromEnvironment());
            Environment.SetEnvironmentVariable(Corpus.DataVariable, "/corpora/zhuzhou");
            Assert.Equal("/corpora/zhuzhou", Corpus.DataDirectoryFromEnvironment());
        }
        finally { Environment.SetEnvironmentVariable(Corpus.DataVariable, saved); }
    }

    [Fact]
    public void FromArticles_reports_the_articles_and_their_dates()
    {
        var corpus = Corpus.FromArticles(SampleArticles.All);

        Assert.Equal(4, corpus.Report.Articles);
        Assert.Equal(3, corpus.Report.DatedArticles);
        Assert.Equal(new DateOnly(2020, 3, 7), corpus.Report.LastPublished);
        Assert.Equal("0 files, 4 articles (3 dated, 2020-02-01 to 2020-03-07), 0 diagnostics", corpus.ToString());
    }
}
