using NewsCorpus.Cli.Commands;
using NewsCorpus.Tests.Shared;

namespace NewsCorpus.Cli.Tests.Commands;

public sealed class ParseOutputTests
{
    /// <summary>stdout is unbuffered: a write per article would be a system call per article.</summary>
    [Fact]
    public void Articles_go_out_in_writes_of_at_least_64_KB_but_the_last()
    {
        using var output = new WriteCountingStream();
        var errors = new StringWriter();
        Assert.Equal(ExitCodes.Ok, ParseCommand.Run([Seeds.RawDirectory], Seeds.DataDirectory, output, errors));

        var lines = output.ToArray().Count(b => b == (byte)'\n');
        Assert.Equal(37, lines);
        Assert.True(output.Writes.Count < lines, $"{output.Writes.Count} writes for {lines} articles");
        Assert.All(output.Writes[..^1], size => Assert.True(size >= 1 << 16, $"a write of {size} bytes"));
        Assert.Equal(output.Length, output.Writes.Sum());
    }

    private sealed class WriteCountingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }
    }
}
