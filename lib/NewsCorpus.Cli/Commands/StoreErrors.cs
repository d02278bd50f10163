using DuckDB.NET.Data;

namespace NewsCorpus.Cli.Commands;

/// <summary>Turns the failures of a command that uses the store into a message on stderr and an exit code.</summary>
internal static class StoreErrors
{
    public static int Guard(string command, TextWriter errors, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (DirectoryNotFoundException e)
        {
            errors.WriteLine($"newscorpus {command}: {e.Message}");
            return ExitCodes.NoInput;
        }
        catch (DuckDBException e)
        {
            // Most often another process (a notebook) has the store open: DuckDB allows one writer.
            errors.WriteLine($"newscorpus {command}: cannot use the store: {e.Message}");
            return ExitCodes.NoInput;
        }
    }
}
