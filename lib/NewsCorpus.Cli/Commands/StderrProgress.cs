namespace NewsCorpus.Cli.Commands;

/// <summary>A one-line progress display on stderr, drawn only when stderr is a terminal.</summary>
internal sealed class StderrProgress(string label) : IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private bool _drawn;

    public void Show(string status)
    {
        if (!_enabled) return;
        Console.Error.Write($"\r\u001b[2K{label}: {status}");
        _drawn = true;
    }

    /// <summary>A synchronous IProgress that shows each report as a status (System.Progress would post them to the thread pool, out of order).</summary>
    public IProgress<T> For<T>(Func<T, string> status) => new Reporter<T>(value => Show(status(value)));

    public void Dispose()
    {
        if (_drawn) Console.Error.WriteLine();
    }

    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
