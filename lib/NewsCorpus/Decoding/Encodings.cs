using System.Text;

namespace NewsCorpus.Decoding;

/// <summary>The encodings decoding works with; code pages are registered once here.</summary>
internal static class Encodings
{
    public const string Utf8Name = "utf-8";
    public const string Gb18030Name = "gb18030";

    public static readonly Encoding Gb18030;

    // An explicit static constructor also runs before the static methods, not only before field reads.
    static Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936);
    }

    [ThreadStatic] private static Dictionary<string, (Encoding, RecordingFallback)>? _recording;

    /// <summary>This thread's copy of an encoding whose decoder records every invalid byte sequence (cleared) and yields U+FFFD for it.</summary>
    public static (Encoding Encoding, RecordingFallback Fallback) Recording(string name)
    {
        _recording ??= [];
        if (!_recording.TryGetValue(name, out var pair))
        {
            var fallback = new RecordingFallback();
            pair = (Encoding.GetEncoding(name == Utf8Name ? 65001 : 54936, EncoderFallback.ReplacementFallback, fallback), fallback);
            _recording[name] = pair;
        }
        pair.Item2.Invalid.Clear();
        return pair;
    }
}
