using NewsCorpus.Extraction.Dates;
using NewsCorpus.Extraction.Numbers;

namespace NewsCorpus.Text;

/// <summary>The dates and quantities of one text, spans into its normalised form.</summary>
public sealed record TextFacts(MappedText Normalized, IReadOnlyList<DateMention> Dates, IReadOnlyList<Quantity> Quantities)
{
    /// <summary>Normalises a text and extracts what the pipeline stages would: <c>TextFacts.Of("去年采血1702吨", new DateOnly(2022, 1, 9))</c>.</summary>
    public static TextFacts Of(string text, DateOnly? reference = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        var dates = DateExtractor.Extract(normalized.Text, reference);
        var quantities = QuantityExtractor.Default.Extract(normalized.Text, dates);
        return new TextFacts(normalized, dates, quantities);
    }
}
