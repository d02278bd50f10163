namespace NewsCorpus.Analysis.Store;

/// <summary>The lower-case codes the store (and the JSON output) uses for the model's enums.</summary>
internal static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static T Parse<T>(string code) where T : struct, Enum => Enum.Parse<T>(code, ignoreCase: true);
}

/// <summary>Values of the mentions table's kind column.</summary>
public static class MentionKinds
{
    public const string Date = "date";
    public const string Quantity = "quantity";
    public const string Place = "place";
    public const string Organization = "organization";
    public const string Person = "person";
    public const string Topic = "topic";
}
