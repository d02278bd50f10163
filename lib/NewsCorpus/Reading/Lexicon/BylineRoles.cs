namespace NewsCorpus.Reading.Lexicon;

/// <summary>The roles printed before names in bylines, and the credits printed after them.</summary>
public static class BylineRoles
{
    /// <summary>Roles that precede names, longest first so that 全媒体记者 wins over 记者.</summary>
    public static readonly IReadOnlyList<string> Prefixed =
    [
        "全媒体记者", "首席记者", "特约记者", "见习记者", "实习记者", "特约通讯员", "记者", "通讯员", "实习生", "讲述人", "作者", "摄影", "编辑",
    ];

    /// <summary>Credits that follow the names and describe what every name on the line did.</summary>
    public static readonly IReadOnlyList<string> Suffixed = ["整理", "翻拍", "供图", "制图", "摄"];

    /// <summary>Roles whose names carry an affiliation before them ("讲述人:市委党校(行政学院)苏海新").</summary>
    public static readonly IReadOnlySet<string> WithAffiliation = new HashSet<string> { "讲述人" };

    /// <summary>Role given to a bare name printed under a headline (opinion pieces).</summary>
    public const string Author = "作者";
}
