namespace NewsCorpus.Decoding;

/// <summary>Magic numbers of binary formats that turn up in corpora under a text extension.</summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Name)[] Table =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or docx/xlsx)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ("Rar!"u8.ToArray(), "RAR archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE document (doc/xls)"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("II*\0"u8.ToArray(), "TIFF image"),
        ("MM\0*"u8.ToArray(), "TIFF image"),
    ];

    /// <summary>The name of the binary format the bytes start with, or null.</summary>
    public static string? Match(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Table)
            if (bytes.StartsWith(magic)) return name;
        return null;
    }
}
