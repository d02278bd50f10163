using System.Text;

namespace NewsCorpus.Decoding;

/// <summary>A decoder fallback that yields U+FFFD for each invalid byte sequence and records where it was.</summary>
internal sealed class RecordingFallback : DecoderFallback
{
    public List<(int Index, int Length)> Invalid { get; } = [];

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(RecordingFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Invalid.Add((index, bytesUnknown.Length));
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0) return '\0';
            _remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_remaining != 0) return false;
            _remaining = 1;
            return true;
        }
    }
}
