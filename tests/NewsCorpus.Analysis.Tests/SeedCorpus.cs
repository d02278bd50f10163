using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Analysis.Tests;

/// <summary>The seed data folder loaded once for all tests that read it.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<Corpus> Loaded = new(() => Corpus.Load(Seeds.DataDirectory));

    public static Corpus Value => Loaded.Value;

    public static Article Titled(string title) => Value.Articles.Single(a => a.Title == title);
}
