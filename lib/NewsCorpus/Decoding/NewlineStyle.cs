namespace NewsCorpus.Decoding;

/// <summary>The line breaks a file used before decoding normalised them to "\n".</summary>
public enum NewlineStyle { None, Lf, CrLf, Cr, Mixed }

public static class NewlineStyles
{
    public static string Code(this NewlineStyle style) => style switch
    {
        NewlineStyle.Lf => "lf",
        NewlineStyle.CrLf => "crlf",
        NewlineStyle.Cr => "cr",
        NewlineStyle.Mixed => "mixed",
        _ => "none",
    };
}
