using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

[Collection(MemoryCluster.Name)]
public sealed class AsinGrainIngestTests(MemoryClusterFixture fixture)
{
    private IAsinGrain NewGrain() => fixture.Client.GetAsinGrain(NewAsin());

    [Fact]
    public async Task New_period_is_accepted_and_becomes_latest()
    {
        var grain = NewGrain();
        var result = await grain.Ingest(Obs(Today, units: 7));
        Assert.Equal(IngestStatus.Accepted, result.Status);
        var status = await grain.GetStatus();
        Assert.Equal(1, status.Counts.Accepted);
        Assert.Equal(7, status.Latest!.Units);
        Assert.Equal("Kitchen", status.Category);
        Assert.Equal("USD", status.Currency);
    }

    [Fact]
    public async Task Identical_observation_again_is_a_duplicate_and_changes_nothing()
    {
        var grain = NewGrain();
        await grain.Ingest(Obs(Today.AddDays(-1)));
        var before = await grain.GetWindow();
        var again = await grain.Ingest(Obs(Today.AddDays(-1)));
        Assert.Equal(IngestStatus.Duplicate, again.Status);
        Assert.Equal(before, await grain.GetWindow());
        var counts = (await grain.GetStatus()).Counts;
        Assert.Equal((1, 1, 0), (counts.Accepted, counts.Duplicates, counts.Corrections));
    }

    [Fact]
    public async Task Same_period_with_other_values_is_a_correction_that_replaces_the_old_values()
    {
        var grain = NewGrain();
        await grain.Ingest(Obs(Today, units: 5));
        var corrected = await grain.Ingest(Obs(Today, units: 9));
        Assert.Equal(IngestStatus.Corrected, corrected.Status);
        var window = await grain.GetWindow();
        Assert.Single(window);
        Assert.Equal(9, window[0].Units);
        Assert.Equal(1, (await grain.GetStatus()).Counts.Corrections);
    }

    [Fact]
    public async Task Late_observation_inside_the_window_is_applied_in_order()
    {
        var grain = NewGrain();
        await grain.Ingest(Obs(Today.AddDays(-5)));
        await grain.Ingest(Obs(Today));
        var late = await grain.Ingest(Obs(Today.AddDays(-2), units: 3));
        Assert.Equal(IngestStatus.Accepted, late.Status);
        Assert.True(late.Late);
        var periods = (await grain.GetWindow()).Select(o => o.PeriodStart).ToArray();
        Assert.Equal([Today.AddDays(-5), Today.AddDays(-2), Today], periods);
        Assert.Equal(1, (await grain.GetStatus()).Counts.Late);
        Assert.Equal(Today, (await grain.GetStatus()).Latest!.PeriodStart);
    }

    [Fact]
    public async Task Observation_older_than_the_window_is_rejected_with_a_reason_and_recorded()
    {
        var grain = NewGrain();
        await grain.Ingest(Obs(Today));
        var tooOld = await grain.Ingest(Obs(Today.AddDays(-400)));
        Assert.Equal(IngestStatus.Rejected, tooOld.Status);
        Assert.Contains("older than the window start", tooOld.Reason);
        var status = await grain.GetStatus();
        Assert.Equal((1, 1), (status.Counts.TooOld, status.Counts.Rejected));
        Assert.Contains(status.RecentRejections, r => r.PeriodStart == Today.AddDays(-400) && r.Reason.Contains("older"));
        Assert.Single(await grain.GetWindow());
    }

    [Fact]
    public async Task Period_beyond_the_future_skew_is_rejected()
    {
        var grain = NewGrain();
        var future = await grain.Ingest(Obs(Today.AddDays(10)));
        Assert.Equal(IngestStatus.Rejected, future.Status);
        Assert.Contains("future", future.Reason);
        Assert.Equal(1, (await grain.GetStatus()).Counts.Future);
    }

    [Fact]
    public async Task Window_keeps_only_the_latest_window_length_periods()
    {
        var grain = NewGrain();
        var results = await grain.IngestBatch(Days(450));
        Assert.All(results, r => Assert.NotEqual(IngestStatus.Rejected, r.Status));
        var status = await grain.GetStatus();
        Assert.Equal(400, status.WindowCount);
        Assert.Equal(Today.AddDays(-399), status.WindowStart);
        Assert.Equal(Today, status.WindowEnd);
    }

    [Theory]
    [InlineData(-1.0, 10.0, 4.0, "units -1 must not be negative")]
    [InlineData(double.NaN, 10.0, 4.0, "units is not a finite number")]
    [InlineData(3.0, double.PositiveInfinity, 4.0, "price is not a finite number")]
    [InlineData(3.0, -2.0, 4.0, "price -2 must not be negative")]
    [InlineData(3.0, 10.0, 5.5, "rating 5.5 must be between 0 and 5")]
    public async Task Bad_fields_are_rejected_naming_the_field(double units, double price, double rating, string reason)
    {
        var grain = NewGrain();
        var result = await grain.Ingest(Obs(Today) with { Units = units, Price = price, Rating = rating });
        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Contains(reason, result.Reason);
        Assert.Equal(1, (await grain.GetStatus()).Counts.InvalidField);
        Assert.Empty(await grain.GetWindow());
    }

    [Fact]
    public async Task Every_bad_field_of_a_row_is_named_in_one_reason()
    {
        var result = await NewGrain().Ingest(Obs(Today) with { Units = -1, SalesRank = 0, Reviews = -4 });
        Assert.Contains("units", result.Reason);
        Assert.Contains("rank", result.Reason);
        Assert.Contains("reviews", result.Reason);
    }

    [Fact]
    public async Task Batch_with_mixed_rows_applies_the_good_ones_and_explains_each_bad_one()
    {
        var grain = NewGrain();
        Observation[] batch =
        [
            Obs(Today.AddDays(-3), units: 1),
            Obs(Today.AddDays(-2)) with { Units = -5 },
            Obs(Today.AddDays(-1), units: 2),
            Obs(Today.AddDays(30)),
            Obs(Today.AddDays(-3), units: 1),   // duplicate of the first
            Obs(Today, units: 4) with { Rating = 9 },
            Obs(Today.AddDays(-1), units: 3),   // correction of the third
        ];
        var results = await grain.IngestBatch(batch);
        Assert.Equal(
            [IngestStatus.Accepted, IngestStatus.Rejected, IngestStatus.Accepted, IngestStatus.Rejected,
             IngestStatus.Duplicate, IngestStatus.Rejected, IngestStatus.Corrected],
            results.Select(r => r.Status));
        Assert.All(results.Where(r => r.Status == IngestStatus.Rejected), r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        var window = await grain.GetWindow();
        Assert.Equal([1.0, 3.0], window.Select(o => o.Units!.Value));
        var c = (await grain.GetStatus()).Counts;
        Assert.Equal((2, 1, 1, 3), (c.Accepted, c.Duplicates, c.Corrections, c.Rejected));
    }

    [Fact]
    public async Task Prices_in_another_configured_currency_are_converted_and_unknown_ones_rejected()
    {
        var grain = NewGrain();
        await grain.Ingest(Obs(Today.AddDays(-1), price: 10));
        var unknown = await grain.Ingest(Obs(Today, price: 10) with { Currency = "XYZ" });
        Assert.Equal(IngestStatus.Rejected, unknown.Status);
        Assert.Contains("XYZ", unknown.Reason);
        Assert.Contains("CurrencyRates", unknown.Reason);
    }

    [Fact]
    public async Task Periods_are_aligned_to_the_start_of_the_utc_day()
    {
        var grain = NewGrain();
        var result = await grain.Ingest(Obs(Today.AddHours(15).AddMinutes(7)));
        Assert.Equal(Today, result.PeriodStart);
        Assert.Equal(IngestStatus.Duplicate, (await grain.Ingest(Obs(Today))).Status);
    }

    [Fact]
    public void An_invalid_asin_is_refused_before_a_grain_is_touched()
    {
        var e = Assert.Throws<ArgumentException>(() => fixture.Client.GetAsinGrain("B0-BAD"));
        Assert.Contains("6 characters", e.Message);
        Assert.Throws<ArgumentException>(() => fixture.Client.GetAsinGrain("b00000000é"));
        // Lower case and padding are normalised, not refused.
        var grain = fixture.Client.GetAsinGrain("  t123456789 ");
        Assert.Equal("T123456789", grain.GetPrimaryKeyString());
    }

    [Fact]
    public async Task A_grain_addressed_with_an_unnormalised_key_refuses_to_activate()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Client.GetGrain<IAsinGrain>("not-an-asin").GetStatus());
        Assert.Contains("not a normalised ASIN", e.Message);
    }

    [Fact]
    public async Task An_oversized_batch_is_rejected_whole_and_stores_nothing()
    {
        var grain = NewGrain();
        var results = await grain.IngestBatch(Days(1).Concat(Enumerable.Repeat(Obs(Today), 10_000)).ToArray());
        Assert.All(results, r => Assert.Equal(IngestStatus.Rejected, r.Status));
        Assert.Contains("exceeds the limit", results[0].Reason);
        Assert.Empty(await grain.GetWindow());
    }
}
