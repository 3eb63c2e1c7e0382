using System.Text;

namespace ActorCluster.Client.Backfill.Grouping;

/// <summary>
/// The binary form of a buffered row in a spill file: ASIN, line, period ticks, a bit mask of the fields
/// present, then those fields. Only this process reads it back, so it carries no version.
/// </summary>
public static class SpillCodec
{
    public static void Write(BinaryWriter w, string asin, in BufferedRow row)
    {
        var o = row.Observation;
        w.Write(asin);
        w.Write(row.Line);
        w.Write(o.PeriodStart.Ticks);
        int mask = (o.Units.HasValue ? 1 : 0) | (o.Price.HasValue ? 2 : 0) | (o.Currency is not null ? 4 : 0) | (o.SalesRank.HasValue ? 8 : 0)
                   | (o.Category is not null ? 16 : 0) | (o.Reviews.HasValue ? 32 : 0) | (o.Rating.HasValue ? 64 : 0) | (o.InStock.HasValue ? 128 : 0)
                   | (o.Promotion.HasValue ? 256 : 0) | (o.CompetitorPrice.HasValue ? 512 : 0) | (o.InStock == true ? 1024 : 0) | (o.Promotion == true ? 2048 : 0);
        w.Write((ushort)mask);
        if (o.Units is { } u) w.Write(u);
        if (o.Price is { } p) w.Write(p);
        if (o.Currency is { } c) w.Write(c);
        if (o.SalesRank is { } r) w.Write(r);
        if (o.Category is { } g) w.Write(g);
        if (o.Reviews is { } v) w.Write(v);
        if (o.Rating is { } t) w.Write(t);
        if (o.CompetitorPrice is { } cp) w.Write(cp);
    }

    /// <summary>Reads one row; <paramref name="strings"/> shares repeated currency and category text between rows.</summary>
    public static (string Asin, BufferedRow Row) Read(BinaryReader r, Dictionary<string, string> strings)
    {
        string asin = Share(r.ReadString(), strings);
        long line = r.ReadInt64();
        var period = new DateTime(r.ReadInt64(), DateTimeKind.Utc);
        int m = r.ReadUInt16();
        var o = new Observation
        {
            PeriodStart = period,
            Units = (m & 1) != 0 ? r.ReadDouble() : null,
            Price = (m & 2) != 0 ? r.ReadDouble() : null,
            Currency = (m & 4) != 0 ? Share(r.ReadString(), strings) : null,
            SalesRank = (m & 8) != 0 ? r.ReadInt64() : null,
            Category = (m & 16) != 0 ? Share(r.ReadString(), strings) : null,
            Reviews = (m & 32) != 0 ? r.ReadInt32() : null,
            Rating = (m & 64) != 0 ? r.ReadDouble() : null,
            InStock = (m & 128) != 0 ? (m & 1024) != 0 : null,
            Promotion = (m & 256) != 0 ? (m & 2048) != 0 : null,
            CompetitorPrice = (m & 512) != 0 ? r.ReadDouble() : null,
        };
        return (asin, new BufferedRow(line, o));
    }

    public static readonly Encoding Encoding = new UTF8Encoding(false);

    private static string Share(string s, Dictionary<string, string> strings)
    {
        if (strings.TryGetValue(s, out var shared)) return shared;
        if (strings.Count < 100_000) strings[s] = s;
        return s;
    }
}
