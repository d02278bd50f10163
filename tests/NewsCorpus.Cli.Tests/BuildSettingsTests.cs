using System.Text.Json;

namespace NewsCorpus.Cli.Tests;

/// <summary>
/// The JIT build of newscorpus runs notebook cells for render, so it must keep what the native binary
/// gives up: generating code and reflection-based JSON (cells use both).
/// </summary>
public sealed class BuildSettingsTests
{
    [Fact]
    public void The_jit_build_keeps_code_generation_and_reflection_json()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "NewsCorpus.Cli.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var p)
            ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.ToString())
            : [];

        Assert.False(properties.ContainsKey("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"));
        Assert.False(properties.ContainsKey("System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault"));
    }
}
