namespace ActorCluster.Grains.Storage;

/// <summary>
/// Lossless compact form of a double: whole numbers and whole hundredths (unit counts, prices in cents)
/// become a zig-zag varint with a two-bit tag; anything else is written as the raw 8-byte double.
/// A value is only shortened when decoding gives back exactly the same double.
/// </summary>
internal static class CompactNumber
{
    private const long Limit = 1L << 52;

    public static void Write(BinaryWriter w, double v)
    {
        // Negative zero has no integer form; it takes the raw path like NaN and huge values.
        if (Math.Abs(v) < Limit && !(v == 0 && double.IsNegative(v)))
        {
            double whole = Math.Round(v);
            if (whole == v)
            {
                w.Write7BitEncodedInt64(ZigZag((long)whole) << 2);
                return;
            }
            double cents = Math.Round(v * 100);
            if (Math.Abs(cents) < Limit && cents / 100 == v)
            {
                w.Write7BitEncodedInt64(ZigZag((long)cents) << 2 | 1);
                return;
            }
        }
        w.Write7BitEncodedInt64(2);
        w.Write(v);
    }

    public static double Read(BinaryReader r)
    {
        long tagged = r.Read7BitEncodedInt64();
        return (tagged & 3) switch
        {
            0 => UnZigZag((ulong)tagged >> 2),
            1 => UnZigZag((ulong)tagged >> 2) / 100.0,
            2 => r.ReadDouble(),
            _ => throw new InvalidDataException($"unknown number tag {tagged & 3}"),
        };
    }

    private static long ZigZag(long v) => (v << 1) ^ (v >> 63);

    private static long UnZigZag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);
}
