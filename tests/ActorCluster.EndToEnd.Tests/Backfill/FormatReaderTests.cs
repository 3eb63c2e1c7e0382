using ActorCluster.Client.Backfill;
using ActorCluster.Client.Backfill.Formats;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>Each layout's reader on hand-written lines, and detection from the header.</summary>
public sealed class FormatReaderTests
{
    public const string Keepa = """
        ASIN,Timestamp,Title,Buy Box: Current,Amazon: Current,New: Current,Sales Rank: Current,Sales Rank: Root Category,Reviews: Review Count,Reviews: Rating,Bought in past month
        B00KEEPA01,2025-03-01 08:00,"Garlic press, steel",$12.99,$13.49,$11.50,1520,Kitchen,812,4.6,600
        B00KEEPA01,2025-03-02 08:00,"Garlic press, steel",-,$13.49,$11.50,-1,Kitchen,815,4.6,
        B00KEEPA02,2025-03-01 00:00,Toy car,€8.00,-,-,98000,Toys,12,3.9,90
        """;

    public const string Xray = """
        Date,ASIN,Product Details,Brand,Price $,Sales,Revenue $,BSR,Review Count,Ratings,Category
        2025-04-01,B00XRAY001,Bamboo cutting board,Acme,24.99,900,"$22,491.00",2101,1532,4.5,Kitchen
        2025-04-01,B00XRAY002,Silicone spatula,Acme,$9.99,-,"2,997.00",15000,88,4.1,Kitchen
        2025-05-01,B00XRAY001,Bamboo cutting board,Acme,23.99,1200,"28,788.00",1800,1610,4.5,Kitchen
        """;

    [Theory]
    [InlineData("asin,period,units", BackfillFormat.Canonical)]
    [InlineData("ASIN,Timestamp,Buy Box: Current,Sales Rank: Current", BackfillFormat.Keepa)]
    [InlineData("Date,ASIN,Brand,Price $,Sales,Revenue $,BSR", BackfillFormat.Xray)]
    [InlineData("unique_id,ds,y,sell_price,event_type_Cultural", BackfillFormat.M5)]
    [InlineData("date,S01,S02", BackfillFormat.Wide)]
    [InlineData("ds,FOODS_1_001", BackfillFormat.Wide)]
    public void The_layout_is_detected_from_the_header(string header, BackfillFormat expected) =>
        Assert.Equal(expected, FormatDetector.Recognise(header.Split(',')));

    [Fact]
    public void A_header_of_no_known_layout_names_what_each_layout_needs()
    {
        Assert.Null(FormatDetector.Recognise(["name", "colour"]));
        var e = Assert.Throws<BackfillFileException>(() => ReadRows.From("name,colour\nx,y\n"));
        Assert.Contains("t.csv:1: not a backfill file", e.Message);
        Assert.Contains("M5 unique_id, ds and y", e.Message);
    }

    [Fact]
    public void Canonical_rows_read_every_field_and_name_the_bad_one()
    {
        var (rows, _) = ReadRows.From("asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo,competitor_price\n" +
                                      "B000000001,2025-01-02,5,9.5,USD,120,Toys,7,4.5,yes,0,9.0\n" +
                                      "B000000001,2025-01-03,NaN,9.5,USD,120,Toys,7,4.5,yes,0,9.0\n");
        var o = rows[0].Observation!;
        Assert.Equal((new DateTime(2025, 1, 2), 5.0, 9.5, "USD", 120L, "Toys", 7, 4.5, true, false, 9.0),
            (o.PeriodStart, o.Units!.Value, o.Price!.Value, o.Currency, o.SalesRank!.Value, o.Category, o.Reviews!.Value, o.Rating!.Value, o.InStock!.Value, o.Promotion!.Value, o.CompetitorPrice!.Value));
        Assert.False(rows[1].IsValid);
        Assert.Equal("units", rows[1].Field);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void Keepa_rows_take_the_buy_box_price_else_amazon_and_read_minus_one_as_no_rank()
    {
        var (rows, reader) = ReadRows.From(Keepa);
        Assert.Equal(BackfillFormat.Keepa, reader.Format);
        Assert.All(rows, r => Assert.True(r.IsValid, r.Error));
        Assert.Equal((12.99, "USD", 1520L, 20.0, "Kitchen", 812, 4.6),
            (rows[0].Observation!.Price!.Value, rows[0].Observation!.Currency, rows[0].Observation!.SalesRank!.Value, rows[0].Observation!.Units!.Value,
             rows[0].Observation!.Category, rows[0].Observation!.Reviews!.Value, rows[0].Observation!.Rating!.Value));
        Assert.Equal(new DateTime(2025, 3, 1, 8, 0, 0), rows[0].Observation!.PeriodStart);
        Assert.Equal(13.49, rows[1].Observation!.Price);
        Assert.Null(rows[1].Observation!.SalesRank);
        Assert.Null(rows[1].Observation!.Units);
        Assert.Equal("EUR", rows[2].Observation!.Currency);
    }

    [Fact]
    public void Xray_monthly_sales_become_units_per_day_and_revenue_fills_in_for_missing_sales()
    {
        var (rows, reader) = ReadRows.From(Xray);
        Assert.Equal(BackfillFormat.Xray, reader.Format);
        Assert.All(rows, r => Assert.True(r.IsValid, r.Error));
        var first = rows[0].Observation!;
        Assert.Equal((30.0, 24.99, "USD", 2101L, 1532, 4.5, "Kitchen"), (first.Units!.Value, first.Price!.Value, first.Currency, first.SalesRank!.Value, first.Reviews!.Value, first.Rating!.Value, first.Category));
        Assert.Equal(10.0, rows[1].Observation!.Units);   // 2,997 / 9.99 = 300 a month
        Assert.Equal(40.0, rows[2].Observation!.Units);
    }

    [Fact]
    public void An_xray_export_without_a_date_column_is_refused_with_the_fix()
    {
        var e = Assert.Throws<BackfillFileException>(() => ReadRows.From("ASIN,Brand,Price $,Sales,Revenue $,BSR\nB00XRAY001,Acme,1,1,1,1\n"));
        Assert.Contains("needs the day it was taken", e.Message);
    }

    [Fact]
    public void M5_ids_become_stable_asin_keys_and_events_are_not_sent()
    {
        var (rows, reader) = ReadRows.From("unique_id,ds,y,sell_price,event_type_Cultural\nFOODS_1_001,2011-01-29,3,2.0,1\nB000000009,2011-01-29,1,,0\n");
        Assert.Empty(reader.Warnings);
        Assert.Equal(SeriesAsin.For("FOODS_1_001"), rows[0].Asin);
        Assert.Matches("^Z[A-Z2-7]{9}$", rows[0].Asin);
        Assert.Equal("B000000009", rows[1].Asin);
        Assert.Equal((3.0, 2.0, (bool?)null), (rows[0].Observation!.Units!.Value, rows[0].Observation!.Price!.Value, rows[0].Observation!.Promotion));
        Assert.True(AsinId.TryNormalize(rows[0].Asin, out _, out _));
    }

    [Fact]
    public void Series_keys_are_deterministic_and_distinct_for_the_m5_and_wide_ids()
    {
        Assert.Equal(SeriesAsin.For("FOODS_1_001"), SeriesAsin.For(" FOODS_1_001 "));
        var ids = Enumerable.Range(1, 5000).Select(i => $"FOODS_{i % 3}_{i:D3}").Concat(Enumerable.Range(1, 75).Select(i => $"S{i:D2}")).Distinct().ToList();
        Assert.Equal(ids.Count, ids.Select(SeriesAsin.For).Distinct().Count());
    }

    [Fact]
    public void Wide_lines_give_one_observation_per_filled_cell_and_a_bad_date_rejects_the_line_once()
    {
        var (rows, reader) = ReadRows.From("date,S01,S02,S03\n2017-01-01,5,,7\nnot-a-date,1,2,3\n2017-01-03,1,x,3\n");
        Assert.Equal(BackfillFormat.Wide, reader.Format);
        Assert.Equal([SeriesAsin.For("S01"), SeriesAsin.For("S03")], rows.Where(r => r.Line == 2).Select(r => r.Asin));
        var bad = Assert.Single(rows, r => r.Line == 3);
        Assert.Equal("date", bad.Field);
        var cell = Assert.Single(rows, r => r.Line == 4 && !r.IsValid);
        Assert.Equal("S02", cell.Field);
        Assert.Equal(2, rows.Count(r => r.Line == 4 && r.IsValid));
    }

    [Fact]
    public void A_forced_format_that_does_not_fit_the_header_says_so()
    {
        var e = Assert.Throws<BackfillFileException>(() => ReadRows.From("asin,period\nB000000001,2025-01-01\n", BackfillFormat.M5));
        Assert.Contains("not an M5 long file", e.Message);
    }
}
