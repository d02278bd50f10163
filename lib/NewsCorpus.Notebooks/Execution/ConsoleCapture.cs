using System.Text;
using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Routes Console.Out and Console.Error to the running cell's outputs as stdout/stderr streams, and puts the
/// real console back when disposed.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter originalOut = Console.Out;
    private readonly TextWriter originalError = Console.Error;
    private readonly CellStreamWriter stdout = new(StreamOutput.StdOut);
    private readonly CellStreamWriter stderr = new(StreamOutput.StdErr);

    public ConsoleCapture()
    {
        Console.SetOut(stdout);
        Console.SetError(stderr);
    }

    /// <summary>Where captured text goes now; null drops it (between cells).</summary>
    public OutputCollector? Target
    {
        set
        {
            Console.Out.Flush();
            Console.Error.Flush();
            stdout.Target = value;
            stderr.Target = value;
        }
    }

    public void Dispose()
    {
        Console.SetOut(originalOut);
        Console.SetError(originalError);
    }

    private sealed class CellStreamWriter(string name) : TextWriter
    {
        public volatile OutputCollector? Target;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Target?.Add(new StreamOutput(name, value.ToString()));

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value)) Target?.Add(new StreamOutput(name, value));
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write(value + "\n");

        public override void WriteLine() => Write("\n");
    }
}
