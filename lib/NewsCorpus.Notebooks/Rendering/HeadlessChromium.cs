using System.Diagnostics;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>Runs the system's Chromium headless (Debian: /usr/bin/chromium with fonts-noto-cjk for Chinese labels):
/// the DOM of a page after its scripts ran. Each run gets a new empty profile and no network chatter.</summary>
public sealed class HeadlessChromium(string executable)
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly string[] QuietFlags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--mute-audio",
         "--virtual-time-budget=15000"];

    public string Executable => executable;

    /// <summary>The browser named by NEWSCORPUS_CHROMIUM, else the first of the usual install paths; null when there is none.</summary>
    public static HeadlessChromium? Find()
    {
        var configured = Environment.GetEnvironmentVariable("NEWSCORPUS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? new HeadlessChromium(configured) : null;
        return Candidates.FirstOrDefault(File.Exists) is { } path ? new HeadlessChromium(path) : null;
    }

    /// <summary>The DOM of the page once its scripts have run (virtual time lets asynchronous work finish first).</summary>
    public async Task<string> DumpDomAsync(string html, CancellationToken cancellationToken = default)
    {
        using var work = new TemporaryFolder();
        return await RunAsync(work, ["--dump-dom", new Uri(work.Write("page.html", html)).AbsoluteUri], cancellationToken);
    }

    private async Task<string> RunAsync(TemporaryFolder work, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var flag in QuietFlags) start.ArgumentList.Add(flag);
        start.ArgumentList.Add($"--user-data-dir={Path.Combine(work.Path, "profile")}");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {LastLine(await errors)}");
        return await output;
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    /// <summary>A fresh folder under the temp directory, deleted when disposed.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("newscorpus-render-").FullName;

        public string Write(string name, string content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { /* chromium may still hold a profile file for a moment; the temp folder is the OS's to clean. */ }
        }
    }
}
