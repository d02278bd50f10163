using System.Runtime;

namespace NewsCorpus.Analysis.Store;

/// <summary>
/// Holds the garbage collector off while a bulk load allocates objects that all survive. Left to
/// itself the collector runs every few MB, and each run copies what it finds alive (all of it,
/// here) from one generation to the next, then marks the growing heap again: on a large corpus
/// that is most of the load's CPU time. Inside the scope nothing is collected until
/// <paramref name="bytes"/> are allocated; past that, or when the runtime cannot promise that much,
/// collection simply goes on as usual.
/// </summary>
internal sealed class NoCollectionScope : IDisposable
{
    private readonly bool _entered;

    public NoCollectionScope(long bytes)
    {
        try
        {
            _entered = GC.TryStartNoGCRegion(bytes);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the runtime can set aside, or another region is open: collect as usual.
        }
    }

    public void Dispose()
    {
        if (!_entered || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region ended on its own (its budget was spent): nothing to undo.
        }
    }
}
