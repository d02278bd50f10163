using NewsCorpus.Extraction.Entities;
using NewsCorpus.Pipeline;
using NewsCorpus.Segmentation;

namespace NewsCorpus.Tests.Segmentation;

public sealed class LexiconSourceTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("newscorpus-data-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void The_embedded_copies_match_the_repository_data_files()
    {
        var repo = LexiconSource.For(Shared.Seeds.DataDirectory);
        foreach (var file in new[] { "gazetteer/places.tsv", "lexicons/organizations.tsv", "lexicons/surnames.txt", "lexicons/topics/献血.txt" })
            Assert.Equal(repo.Lines(file), LexiconSource.Embedded.Lines(file));
        Assert.Equal(repo.Files("lexicons/topics", ".txt"), LexiconSource.Embedded.Files("lexicons/topics", ".txt"));
    }

    [Fact]
    public void An_analyst_can_add_a_place_in_the_data_directory_and_the_rest_falls_back_to_the_embedded_copies()
    {
        Directory.CreateDirectory(Path.Combine(_data, "gazetteer"));
        File.WriteAllText(Path.Combine(_data, "gazetteer", "places.tsv"), "湖南省\tprovince\t\t湖南\n株洲市\tcity\t湖南省\t株洲\n神农城\tlandmark\t株洲市\t\n");
        var extractor = new EntityExtractor(EntityLexicons.Load(LexiconSource.For(_data)));
        var places = extractor.Extract("市民在神农城游玩").Places;
        Assert.Equal([("神农城", "株洲市", "landmark")], places.Select(p => (p.Name, p.Parent, p.Level)));
    }

    [Fact]
    public void An_analyst_can_add_a_topic_file_and_the_pipeline_scores_it()
    {
        Directory.CreateDirectory(Path.Combine(_data, "lexicons", "topics"));
        File.WriteAllText(Path.Combine(_data, "lexicons", "topics", "防汛.txt"), "# flood control\n防汛 3\n汛期 2\n");
        var pipeline = NewsPipeline.CreateBuilder().UseDataDirectory(_data).UseDefaults().Build();
        var file = Path.Combine(_data, "page.txt");
        File.WriteAllText(file, "入汛以来，市水利局做好防汛准备，汛期值守不松懈，防汛物资全部到位。");
        var article = pipeline.ParseFile(file).Articles.Single();
        Assert.Equal(["防汛"], article.Topics.Select(t => t.Name));
    }

    [Fact]
    public void A_missing_file_names_itself_and_the_folder()
    {
        var error = Assert.Throws<FileNotFoundException>(() => LexiconSource.Embedded.Lines("lexicons/nothing.txt").ToList());
        Assert.Contains("lexicons/nothing.txt", error.Message);
    }
}
