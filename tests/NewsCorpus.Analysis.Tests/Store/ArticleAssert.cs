using System.Text;
using System.Text.Json;
using NewsCorpus.Serialization;

namespace NewsCorpus.Analysis.Tests.Store;

/// <summary>Deep comparison of two articles: every field the model has, offset maps included.</summary>
public static class ArticleAssert
{
    public static void Equivalent(Article expected, Article actual)
    {
        Assert.Equal(Json(expected), Json(actual));
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Body.Text, actual.Body.Text);
        Assert.Equal(expected.Body.Offsets, actual.Body.Offsets);
        Assert.Equal(expected.Normalized?.Text, actual.Normalized?.Text);
        Assert.Equal(expected.Normalized?.Offsets, actual.Normalized?.Offsets);
        Assert.Equal(expected.Web, actual.Web);
        Assert.Equal(expected.PageInfo?.Staff, actual.PageInfo?.Staff);
        Assert.Equal(expected.Dates, actual.Dates);
        Assert.Equal(expected.Quantities, actual.Quantities);
        Assert.Equal(expected.Places, actual.Places);
        Assert.Equal(expected.Organizations, actual.Organizations);
        Assert.Equal(expected.People, actual.People);
        Assert.Equal(expected.Topics, actual.Topics);
    }

    public static string Json(Article article)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ArticleJsonWriter.Options)) ArticleJsonWriter.Write(writer, article);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
