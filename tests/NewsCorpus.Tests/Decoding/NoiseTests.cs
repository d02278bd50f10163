using NewsCorpus.Decoding;

namespace NewsCorpus.Tests.Decoding;

public class NoiseTests
{
    [Fact]
    public void Counts_controls_replacements_and_nuls_and_leaves_out_whitespace()
    {
        var noise = Noise.Measure("a\0 \uFFFD\u0001\u0085中\t\n\r\f\v\u007F");
        Assert.Equal(new Noise(TextChars: 6, Controls: 3, Replacements: 1, Nuls: 1), noise);
    }

    [Fact]
    public void A_seed_page_has_no_noise()
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Shared.Seeds.File("001")), "001").Text;
        var noise = Noise.Measure(text);
        Assert.Equal((0, 0, 0), (noise.Controls, noise.Replacements, noise.Nuls));
        Assert.Equal(text.Count(c => c is not (' ' or '\t' or '\n' or '\r')), noise.TextChars);
    }
}
