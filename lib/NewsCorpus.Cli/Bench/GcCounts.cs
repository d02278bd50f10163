namespace NewsCorpus.Cli.Bench;

/// <summary>What the garbage collector did in this process so far; the difference around a phase is that phase's share.</summary>
internal readonly record struct GcCounts(int[] Collections, TimeSpan Pause, long AllocatedBytes)
{
    public static GcCounts Now() => new(
        [.. Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount)], GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));

    public static GcCounts operator -(GcCounts after, GcCounts before) => new(
        [.. after.Collections.Zip(before.Collections, (a, b) => a - b)], after.Pause - before.Pause, after.AllocatedBytes - before.AllocatedBytes);
}
