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
        // UTF-16 text has a byte-order mark; anything else with NUL bytes is binary.
        bool utf16 = read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF));
        return zero >= 0 && !utf16 ? $"not a text file (binary content at byte {zero})" : null;
    }
}
