using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NewsCorpus.Pipeline;

/// <summary>
/// Bounded work: every regex of this library that sets no timeout of its own (all the
/// [GeneratedRegex] ones) gives up after <see cref="MatchTimeout"/> instead of backtracking for
/// hours on a pathological line. The pipeline turns the timeout into a diagnostic and keeps the text.
/// </summary>
public static class RegexBudget
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const string Setting = "REGEX_DEFAULT_MATCH_TIMEOUT";

    /// <summary>Runs before any code of this assembly, so before its generated regexes read the setting.
    /// A host that set its own default (runtimeconfig or AppContext) keeps it.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The default regex timeout must be in place before the first generated regex of the library initialises.")]
    internal static void Apply()
    {
        if (AppContext.GetData(Setting) is null) AppContext.SetData(Setting, MatchTimeout);
    }
}
