using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsCorpus.Cli.Bench;

/// <summary>One measured run: wall time, CPU time (user + system), peak resident memory, exit code and what it wrote on stdout (when captured).</summary>
/// <remarks>On a shared machine wall time depends on the load; CPU time much less so.</remarks>
public sealed record Measurement(double Seconds, double CpuSeconds, double PeakMemoryMB, int ExitCode, string Output);

/// <summary>
/// Runs a child process or an in-process action and measures its wall time and peak resident set
/// (VmHWM of /proc/PID/status, polled until the process exits; for the current process the mark is
/// reset first through /proc/self/clear_refs).
/// </summary>
public static class Measured
{
    /// <summary>Runs a program with stderr discarded and stdout discarded or captured.</summary>
    public static Measurement Run(string program, IEnumerable<string> arguments, bool captureOutput = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        // exec keeps the pid, so the polled /proc entry is the program's own, not the shell's.
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = captureOutput, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(captureOutput ? "exec \"$@\" 2>/dev/null" : "exec \"$@\" >/dev/null 2>/dev/null");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = captureOutput ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        long peakKb = 0;
        while (!process.WaitForExit(10)) peakKb = Math.Max(peakKb, HighWaterMarkKb(process.Id));
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return new Measurement(seconds, ChildrenCpuSeconds() - cpuBefore, peakKb / 1024.0, process.ExitCode, output.GetAwaiter().GetResult());
    }

    /// <summary>Runs an action in this process; peak memory is this process's high-water mark during it.</summary>
    public static (Measurement Measurement, T Result) InProcess<T>(Func<T> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ResetHighWaterMark();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = action();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return (new Measurement(seconds, cpu, HighWaterMarkKb(Environment.ProcessId) / 1024.0, 0, ""), result);
    }

    /// <summary>CPU time of all reaped children so far (getrusage RUSAGE_CHILDREN); the difference around one run is that run's.</summary>
    private static double ChildrenCpuSeconds()
    {
        const int RusageChildren = -1;
        return GetRusage(RusageChildren, out var usage) == 0
            ? usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6
            : double.NaN;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage of 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    private static void ResetHighWaterMark()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without it the figure is the process's lifetime peak: an upper bound, still worth reporting.
        }
    }

    private static long HighWaterMarkKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process has just exited: the last sample stands.
        }
        return 0;
    }
}
