using System.Runtime.ExceptionServices;

namespace NewsCorpus.Pipeline;

/// <summary>
/// Maps a sequence on a fixed number of worker threads and yields the results in input order as soon
/// as each is ready. Workers take the next item one at a time (no up-front split of the input, so both
/// cores stay busy to the end) and run at most <c>window</c> items ahead of the consumer, so memory holds
/// a few results, not half the corpus as PLINQ's ordered merge over a list does.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int workers, int window)
    {
        if (workers <= 1)
        {
            foreach (var item in source) yield return map(item);
            yield break;
        }
        using var run = new Run<TIn, TOut>(source, map, Math.Max(window, workers));
        run.Start(workers);
        while (run.TryTakeNext(out var result)) yield return result;
    }

    private sealed class Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int window) : IDisposable
    {
        private readonly object _gate = new();
        private readonly IEnumerator<TIn> _items = source.GetEnumerator();
        private readonly Dictionary<int, (TOut Value, ExceptionDispatchInfo? Error)> _done = [];
        private int _taken;
        private int _next;
        private bool _exhausted;
        private bool _stopped;
        // Who is waiting, so that a change wakes only those it concerns: a wake-up is a system call,
        // and waking everyone at every file made thousands that changed nothing.
        private bool _consumerWaiting;
        private int _workersWaiting;

        public void Start(int workers)
        {
            for (var w = 0; w < workers; w++)
                new Thread(Work) { IsBackground = true, Name = $"OrderedParallel {w + 1}" }.Start();
        }

        /// <summary>Waits for the next result in input order; false when every item has been yielded.</summary>
        public bool TryTakeNext(out TOut result)
        {
            (TOut Value, ExceptionDispatchInfo? Error) entry;
            lock (_gate)
            {
                while (!_done.ContainsKey(_next))
                {
                    if (_exhausted && _next == _taken)
                    {
                        result = default!;
                        return false;
                    }
                    _consumerWaiting = true;
                    Monitor.Wait(_gate);
                    _consumerWaiting = false;
                }
                _done.Remove(_next, out entry);
                _next++;
                if (_workersWaiting > 0) Monitor.PulseAll(_gate);
            }
            entry.Error?.Throw();
            result = entry.Value;
            return true;
        }

        private void Work()
        {
            while (true)
            {
                int index;
                TIn item;
                lock (_gate)
                {
                    while (!_stopped && !_exhausted && _taken - _next >= window)
                    {
                        _workersWaiting++;
                        Monitor.Wait(_gate);
                        _workersWaiting--;
                    }
                    if (_stopped || _exhausted) return;
                    index = _taken;
                    try
                    {
                        if (!_items.MoveNext())
                        {
                            _exhausted = true;
                            Monitor.PulseAll(_gate);
                            return;
                        }
                        item = _items.Current;
                    }
                    catch (Exception e)
                    {
                        // The input itself failed: the consumer rethrows it in its place, and nothing follows.
                        _done[index] = (default!, ExceptionDispatchInfo.Capture(e));
                        _taken++;
                        _exhausted = true;
                        Monitor.PulseAll(_gate);
                        return;
                    }
                    _taken++;
                }
                (TOut, ExceptionDispatchInfo?) outcome;
                try
                {
                    outcome = (map(item), null);
                }
                catch (Exception e)
                {
                    outcome = (default!, ExceptionDispatchInfo.Capture(e));
                }
                lock (_gate)
                {
                    _done[index] = outcome;
                    if (_consumerWaiting && index == _next) Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>A consumer that stops early releases the workers after the items they are on.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
