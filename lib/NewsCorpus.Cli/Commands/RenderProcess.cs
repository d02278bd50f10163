using System.Diagnostics;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// <c>render</c> in the native newscorpus. Notebook cells are C# compiled while they run, which needs the JIT,
/// so the native binary hands its whole command line to the JIT build of this same command that
/// <c>dotnet publish</c> puts in render/ beside it, and passes on its exit code. Output goes straight through.
/// </summary>
internal static class RenderProcess
{
    /// <summary>The JIT build's executable, as `dotnet publish` lays it out.</summary>
    public static string Program => Path.Combine(AppContext.BaseDirectory, "render", "NewsCorpus.Cli");

    public static async Task<int> RunAsync(string program, IEnumerable<string> arguments, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!File.Exists(program))
        {
            errors.WriteLine($"newscorpus render: {program}: not found. This newscorpus is compiled ahead of time and runs notebooks with the JIT build " +
                             "that `dotnet publish lib/NewsCorpus.Cli` puts beside it; publish again, or use `dotnet run --project lib/NewsCorpus.Cli -- render`");
            return ExitCodes.NoInput;
        }
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        using var stop = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        await process.WaitForExitAsync(CancellationToken.None);
        return process.ExitCode;
    }
}
