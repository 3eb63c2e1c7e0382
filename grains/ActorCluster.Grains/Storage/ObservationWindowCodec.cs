using System.IO.Compression;

namespace ActorCluster.Grains.Storage;

/// <summary>
/// Encodes a window of normalised observations compactly and losslessly, so a full 400-period window
/// persists in a few kilobytes. Layout (before Deflate): version byte, row count, first period ticks,
/// then per row: period delta in periods, a presence mask and the present fields. Numbers use
/// <see cref="CompactNumber"/>: integers and whole cents as zig-zag varints, anything else as a raw double.
/// </summary>
public static class ObservationWindowCodec
{
    private const byte FormatVersion = 1;

    [Flags]
    private enum Fields : ushort
    {
        Units = 1, Price = 2, Rank = 4, Reviews = 8, Rating = 16,
        InStock = 32, InStockValue = 64, Promo = 128, PromoValue = 256, Competitor = 512,
    }

    public static byte[] Encode(IReadOnlyList<Observation> rows, PeriodKind period)
    {
        using var raw = new MemoryStream(rows.Count * 12 + 16);
        using (var w = new BinaryWriter(raw, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(FormatVersion);
            w.Write7BitEncodedInt(rows.Count);
            long step = Periods.Length(period).Ticks;
            long prev = rows.Count > 0 ? rows[0].PeriodStart.Ticks : 0;
            w.Write(prev);
            foreach (var r in rows)
            {
                w.Write7BitEncodedInt64((r.PeriodStart.Ticks - prev) / step);
                prev = r.PeriodStart.Ticks;
                var mask = MaskOf(r);
                w.Write7BitEncodedInt((int)mask);
                if (r.Units is { } u) CompactNumber.Write(w, u);
                if (r.Price is { } p) CompactNumber.Write(w, p);
                if (r.SalesRank is { } k) w.Write7BitEncodedInt64(k);
                if (r.Reviews is { } v) w.Write7BitEncodedInt(v);
                if (r.Rating is { } g) CompactNumber.Write(w, g);
                if (r.CompetitorPrice is { } c) CompactNumber.Write(w, c);
            }
        }
        using var packed = new MemoryStream((int)raw.Length / 2 + 16);
        using (var z = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }
        return packed.ToArray();
    }

    public static List<Observation> Decode(byte[] data, PeriodKind period)
    {
        if (data.Length == 0) return [];
        // Inflate in one go: BinaryReader's small reads straight from a DeflateStream cost ten times more.
        using var raw = new MemoryStream(data.Length * 4);
        using (var z = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress)) z.CopyTo(raw);
        raw.Position = 0;
        using var r = new BinaryReader(raw);
        var version = r.ReadByte();
        if (version != FormatVersion) throw new InvalidDataException($"window format version {version} is not supported");
        int count = r.Read7BitEncodedInt();
        long step = Periods.Length(period).Ticks;
        long ticks = r.ReadInt64();
        var rows = new List<Observation>(count);
        for (int i = 0; i < count; i++)
        {
            ticks += r.Read7BitEncodedInt64() * step;
            var m = (Fields)r.Read7BitEncodedInt();
            rows.Add(new Observation
            {
                PeriodStart = new DateTime(ticks, DateTimeKind.Utc),
                Units = m.HasFlag(Fields.Units) ? CompactNumber.Read(r) : null,
                Price = m.HasFlag(Fields.Price) ? CompactNumber.Read(r) : null,
                SalesRank = m.HasFlag(Fields.Rank) ? r.Read7BitEncodedInt64() : null,
                Reviews = m.HasFlag(Fields.Reviews) ? r.Read7BitEncodedInt() : null,
                Rating = m.HasFlag(Fields.Rating) ? CompactNumber.Read(r) : null,
                InStock = m.HasFlag(Fields.InStock) ? m.HasFlag(Fields.InStockValue) : null,
                Promotion = m.HasFlag(Fields.Promo) ? m.HasFlag(Fields.PromoValue) : null,
                CompetitorPrice = m.HasFlag(Fields.Competitor) ? CompactNumber.Read(r) : null,
            });
        }
        return rows;
    }

    private static Fields MaskOf(Observation r)
    {
        Fields m = 0;
        if (r.Units.HasValue) m |= Fields.Units;
        if (r.Price.HasValue) m |= Fields.Price;
        if (r.SalesRank.HasValue) m |= Fields.Rank;
        if (r.Reviews.HasValue) m |= Fields.Reviews;
        if (r.Rating.HasValue) m |= Fields.Rating;
        if (r.InStock is { } s) m |= Fields.InStock | (s ? Fields.InStockValue : 0);
        if (r.Promotion is { } p) m |= Fields.Promo | (p ? Fields.PromoValue : 0);
        if (r.CompetitorPrice.HasValue) m |= Fields.Competitor;
        return m;
    }
}
