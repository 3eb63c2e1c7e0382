namespace ActorCluster.Client.Backfill;

/// <summary>Looks at the start of a file before parsing it, so a binary file gets one clear message.</summary>
public static class FileSniffer
{
    private const int Probe = 8192;

    /// <summary>Null when the file looks like text; otherwise why it does not.</summary>
    public static string? WhyNotText(string path)
    {
        var buffer = new byte[Probe];
        int read;
        using (var f = File.OpenRead(path)) read = f.ReadAtLeast(buffer, Probe, throwOnEndOfStream: false);
        int zero = Array.IndexOf(buffer, (byte)0, 0, read);
        // UTF-16 text has a byte-order mark (the reader then decodes it); anything else with NUL bytes is binary,
        // or UTF-16 without a mark, which is told apart by its zero byte in every other position.
        bool utf16 = read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF));
        if (zero < 0 || utf16) return null;
        return LooksLikeUtf16(buffer, read)
            ? "looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)"
            : $"not a text file (binary content at byte {zero})";
    }

    private static bool LooksLikeUtf16(byte[] b, int n)
    {
        int pairs = n / 2, evenZero = 0, oddZero = 0;
        for (int i = 0; i + 1 < n; i += 2)
        {
            if (b[i] == 0 && b[i + 1] != 0) evenZero++;
            if (b[i + 1] == 0 && b[i] != 0) oddZero++;
        }
        return pairs >= 4 && Math.Max(evenZero, oddZero) >= pairs * 0.9;
    }
}
