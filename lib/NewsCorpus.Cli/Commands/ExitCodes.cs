namespace NewsCorpus.Cli.Commands;

/// <summary>Exit codes of newscorpus; documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The work finished, but some inputs had problems (partial, unreadable, failed cells).</summary>
    public const int Problems = 1;
    /// <summary>Wrong usage: bad arguments or options.</summary>
    public const int Usage = 2;
    /// <summary>Inputs not found or not readable at all.</summary>
    public const int NoInput = 3;
}
