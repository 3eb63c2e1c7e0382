namespace ActorCluster.Client.Backfill;

/// <summary>The file layouts <c>backfill</c> reads; see docs/backfill-formats.md for each one.</summary>
public enum BackfillFormat
{
    /// <summary>One row per ASIN and period: <c>asin,period,units,price,…</c>.</summary>
    Canonical,
    /// <summary>Keepa-style price and sales-rank history: <c>ASIN,Timestamp,Buy Box: Current,…</c>.</summary>
    Keepa,
    /// <summary>Helium 10 Xray-style snapshot: <c>Date,ASIN,Brand,Price,Sales,Revenue,BSR,…</c>.</summary>
    Xray,
    /// <summary>M5 competition long layout: <c>unique_id,ds,y,sell_price,event_*</c>.</summary>
    M5,
    /// <summary>A date column and one column of units per series.</summary>
    Wide,
}
