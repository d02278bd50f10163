using NewsCorpus.Pipeline;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Tests;

public class PipelineSmokeTests
{
    [Fact]
    public void Every_seed_is_decoded_as_utf8_and_read()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.RawDirectory))
        {
            var result = NewsPipeline.Default.ParseFile(file);
            Assert.Equal("utf-8", result.Report.Encoding);
            Assert.NotEmpty(result.Articles);
        }
    }
}
