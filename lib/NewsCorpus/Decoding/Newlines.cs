using System.Text;

namespace NewsCorpus.Decoding;

/// <summary>
/// Normalises CRLF and lone CR to LF. Every kind counts as one line break, as in
/// <see cref="SourceDocument"/>, so line numbers stay those of the raw file.
/// </summary>
internal static class Newlines
{
    public static (string Text, NewlineStyle Style) Normalize(string text)
    {
        var firstCr = text.IndexOf('\r');
        if (firstCr < 0) return (text, text.Contains('\n') ? NewlineStyle.Lf : NewlineStyle.None);
        int lf = 0, crlf = 0, cr = 0;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstCr);
        lf = text.AsSpan(0, firstCr).Count('\n');
        for (var i = firstCr; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') { crlf++; i++; }
                else cr++;
                builder.Append('\n');
                continue;
            }
            if (c == '\n') lf++;
            builder.Append(c);
        }
        var kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        var style = kinds > 1 ? NewlineStyle.Mixed : crlf > 0 ? NewlineStyle.CrLf : cr > 0 ? NewlineStyle.Cr : NewlineStyle.Lf;
        return (builder.ToString(), style);
    }
}
