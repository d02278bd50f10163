using System.Diagnostics;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>How to run notebooks: stop at the first failing cell or go on, extra environment variables (NEWSCORPUS_DATA),
/// and a callback told before each cell runs.</summary>
public sealed record RunOptions
{
    public bool ContinueOnError { get; init; }

    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public Action<CellProgress>? Progress { get; init; }

    /// <summary>How long one cell may run; a cell still running then fails the notebook and the run stops there.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>Cell <see cref="Cell"/> (1-based) of <see cref="Count"/> is about to run.</summary>
public sealed record CellProgress(string Notebook, int Cell, int Count);

/// <summary>The executed notebook (outputs filled in), the cells that failed, and how long it took.</summary>
public sealed record NotebookRun(Notebook Notebook, IReadOnlyList<CellFailure> Failures, TimeSpan Elapsed)
{
    public bool Succeeded => Failures.Count == 0;
}

/// <summary>Runs a notebook's C# cells in order in one script state, the way the C# kernel did, and fills in each
/// cell's outputs: stdout/stderr streams, displayed values and the last expression's value as display_data, errors.
/// The working directory is the notebook's folder while it runs. Console, working directory and environment are
/// process-wide, so one notebook runs at a time.</summary>
public sealed class NotebookRunner(RunOptions options)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<NotebookRun> RunAsync(Notebook notebook, string notebookPath, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        var name = Path.GetFileName(notebookPath);
        await OneAtATime.WaitAsync(cancellationToken);
        var savedDirectory = Environment.CurrentDirectory;
        var savedEnvironment = options.Environment.Keys.ToDictionary(key => key, Environment.GetEnvironmentVariable);
        var clock = Stopwatch.StartNew();
        try
        {
            AssemblyProbing.EnsureHooked();
            ChartDisplay.Register();
            foreach (var (key, value) in options.Environment) Environment.SetEnvironmentVariable(key, value);
            Environment.CurrentDirectory = directory;
            using var console = new ConsoleCapture();
            var failures = await RunCellsAsync(notebook, name, new ScriptSession(directory, new NotebookGlobals()), console, cancellationToken);
            return new NotebookRun(notebook, failures, clock.Elapsed);
        }
        finally
        {
            Environment.CurrentDirectory = savedDirectory;
            foreach (var (key, value) in savedEnvironment) Environment.SetEnvironmentVariable(key, value);
            OneAtATime.Release();
        }
    }

    private async Task<List<CellFailure>> RunCellsAsync(Notebook notebook, string name, ScriptSession session, ConsoleCapture console, CancellationToken cancellationToken)
    {
        var failures = new List<CellFailure>();
        var executionCount = 0;
        foreach (var cell in notebook.Cells.Where(cell => cell.Kind == CellKind.Code))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (cell.Kind != CellKind.Code) continue;
            if (failures.Count > 0 && !options.ContinueOnError) break;
            options.Progress?.Invoke(new CellProgress(name, index + 1, notebook.Cells.Count));
            var collector = new OutputCollector();
            var (failure, timedOut) = await RunCellAsync(cell, index + 1, session, collector, console, options.CellTimeout, cancellationToken);
            cell.ExecutionCount = ++executionCount;
            cell.Outputs.AddRange(collector.Outputs.Select(Scrub));
            if (failure is not null) failures.Add(failure with { Message = $"{name}: {failure.Message}" });
            // The cell's code may still be running on the script state, so no later cell can run on it.
            if (timedOut) break;
        }
        return failures;
    }

    private static async Task<(CellFailure? Failure, bool TimedOut)> RunCellAsync(NotebookCell cell, int number, ScriptSession session, OutputCollector collector,
                                                                                ConsoleCapture console, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var prepared = CellDirectives.Prepare(cell.Source, cell.Kernel);
        cell.Kernel = prepared.Kernel;
        if (prepared.Kernel != KernelNames.CSharp)
            return (Fail(collector, CellErrors.FromProblems(number, [new CellProblem(1, $"{prepared.Kernel} cells need the Polyglot kernel; newscorpus render runs C# cells")])), false);
        if (prepared.Problems.Count > 0) return (Fail(collector, CellErrors.FromProblems(number, prepared.Problems)), false);

        var cellFile = $"cell {number}";
        session.Globals.Target = collector;
        console.Target = collector;
        Submission submission;
        try
        {
            // On the thread pool, so that a cell that never yields cannot hold the wait for its timeout.
            submission = await Task.Run(() => session.RunAsync(prepared.Code, cellFile, cancellationToken), cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return (Fail(collector, CellErrors.FromTimeout(number, timeout)), true);
        }
        finally
        {
            console.Target = null;
            session.Globals.Target = null;
        }
        if (submission.Diagnostics.Count > 0) return (Fail(collector, CellErrors.FromDiagnostics(number, submission.Diagnostics)), false);
        if (submission.Exception is { } exception) return (Fail(collector, CellErrors.FromException(number, cellFile, exception)), false);
        if (submission.HasValue) collector.Add(DisplayFormatter.Format(submission.ReturnValue));
        return (null, false);
    }

    private static CellFailure Fail(OutputCollector collector, (ErrorOutput Output, CellFailure Failure) error)
    {
        collector.Add(error.Output);
        return error.Failure;
    }

    /// <summary>Outputs are shared: printed and displayed text loses machine folders (error outputs are built scrubbed).</summary>
    private static CellOutput Scrub(CellOutput output) => output switch
    {
        StreamOutput stream => stream with { Text = PathScrubber.Scrub(stream.Text) },
        DisplayOutput display => display with
        {
            Data = display.Data.ToDictionary(pair => pair.Key,
                pair => pair.Key.StartsWith("text/", StringComparison.Ordinal) ? PathScrubber.Scrub(pair.Value) : pair.Value),
        },
        _ => output,
    };
}
