using NewsCorpus.Pipeline;

namespace NewsCorpus.Extraction.Numbers;

/// <summary>Pipeline stage: quantities of the normalised text, leaving out what the date stage already read as dates.</summary>
public sealed class QuantityStage(QuantityExtractor extractor) : IArticleEnricher
{
    public QuantityStage() : this(QuantityExtractor.Default) { }

    public Article Enrich(Article article) =>
        article with { Quantities = extractor.Extract(article.Text, article.Dates) };
}
