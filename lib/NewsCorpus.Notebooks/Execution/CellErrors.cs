using Microsoft.CodeAnalysis;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Builds error outputs that name the cell and the line: compile errors as the kernel printed them
/// ("(line,col): error CS…"), exceptions with their stack trace cut where the script host begins, paths scrubbed.</summary>
internal static class CellErrors
{
    public const string CompilationError = "CompilationError";
    public const string UnsupportedCell = "UnsupportedCell";
    public const string CellTimeout = "CellTimeout";

    public static (ErrorOutput Output, CellFailure Failure) FromDiagnostics(int cell, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (Position: d.Location.GetLineSpan().StartLinePosition, d.Id, Message: PathScrubber.Scrub(d.GetMessage())))
            .ToList();
        var value = string.Join('\n', errors.Select(e => $"({e.Position.Line + 1},{e.Position.Character + 1}): error {e.Id}: {e.Message}"));
        var traceback = errors.Select(e => $"cell {cell}, line {e.Position.Line + 1}: error {e.Id}: {e.Message}").ToList();
        var first = errors.FirstOrDefault();
        return (new ErrorOutput(CompilationError, value, traceback),
                new CellFailure(cell, errors.Count > 0 ? first.Position.Line + 1 : null, traceback.FirstOrDefault() ?? value));
    }

    public static (ErrorOutput Output, CellFailure Failure) FromProblems(int cell, IReadOnlyList<CellProblem> problems)
    {
        var traceback = problems.Select(p => $"cell {cell}, line {p.Line}: {p.Message}").ToList();
        return (new ErrorOutput(UnsupportedCell, string.Join('\n', problems.Select(p => p.Message)), traceback),
                new CellFailure(cell, problems[0].Line, traceback[0]));
    }

    public static (ErrorOutput Output, CellFailure Failure) FromTimeout(int cell, TimeSpan timeout)
    {
        var message = $"did not finish within {timeout.TotalSeconds:0.###} s; the notebook stops here";
        var traceback = $"cell {cell}: {message}";
        return (new ErrorOutput(CellTimeout, message, [traceback]), new CellFailure(cell, null, traceback));
    }

    public static (ErrorOutput Output, CellFailure Failure) FromException(int cell, string cellFile, Exception exception)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        var line = CellLine(exception.StackTrace ?? "", cellFile);
        var type = exception.GetType().FullName ?? exception.GetType().Name;
        var message = PathScrubber.Scrub(exception.Message);
        var where = line is { } l ? $"cell {cell}, line {l}" : $"cell {cell}";
        var traceback = new List<string> { $"{where}: {type}: {message}" };
        traceback.AddRange(ScriptFrames(exception).Select(PathScrubber.Scrub));
        return (new ErrorOutput(type, message, traceback), new CellFailure(cell, line, traceback[0]));
    }

    /// <summary>The innermost line of the cell in a stack trace ("… in cell 3:line 4"): where the cell called what threw.</summary>
    private static int? CellLine(string stackTrace, string cellFile)
    {
        // The compiler makes the cell's file name absolute (against the working directory), so match its end only.
        var marker = $"{cellFile}:line ";
        var at = stackTrace.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var digits = stackTrace.AsSpan(at + marker.Length);
        var length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length])) length++;
        return int.TryParse(digits[..length], out var line) ? line : null;
    }

    /// <summary>The stack trace up to where Roslyn's script host begins: frames of the cell and of the code it called.</summary>
    private static IEnumerable<string> ScriptFrames(Exception exception) =>
        (exception.StackTrace ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(frame => !frame.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal))
            .Reverse().SkipWhile(frame => frame.StartsWith("---", StringComparison.Ordinal)).Reverse();
}

/// <summary>A cell that failed: its 1-based number in the notebook, the line when known, and a one-line message.</summary>
public sealed record CellFailure(int Cell, int? Line, string Message);
