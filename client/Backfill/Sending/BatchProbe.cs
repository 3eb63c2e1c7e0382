namespace ActorCluster.Client.Backfill.Sending;

/// <summary>
/// Asks a grain whether a batch whose answer was lost was applied: a batch is one durable write, so it was
/// applied exactly when the grain's window holds the batch's last period with the batch's values for it.
/// Only meaningful when that period is later than every earlier batch of the ASIN (rows are sent in period
/// order, so it cannot have come from them); otherwise the batch is simply resent and the grain's
/// idempotency absorbs it. A window that already held identical data from an earlier load also reads as
/// applied, which is harmless: resending it would only have produced duplicates.
/// </summary>
public static class BatchProbe
{
    public static async Task<bool> WasAppliedAsync(IAsinGrain grain, Observation last, CancellationToken ct)
    {
        var status = await grain.GetStatus().WaitAsync(ct);
        var period = Periods.Floor(last.PeriodStart, status.Period);
        if (status.WindowEnd is not { } end || end < period) return false;
        var window = await grain.GetWindow().WaitAsync(ct);
        var held = Array.Find(window, o => o.PeriodStart == period);
        return held is not null && SameValues(held, last, status.Currency);
    }

    // The grain stores rows without currency and category and converts prices into the ASIN's currency.
    private static bool SameValues(Observation held, Observation sent, string? currency)
    {
        bool samePrices = sent.Currency is null || string.Equals(sent.Currency.Trim(), currency, StringComparison.OrdinalIgnoreCase)
            ? held.Price == sent.Price && held.CompetitorPrice == sent.CompetitorPrice
            : true;
        return samePrices && held.Units == sent.Units && held.SalesRank == sent.SalesRank && held.Reviews == sent.Reviews
               && held.Rating == sent.Rating && held.InStock == sent.InStock && held.Promotion == sent.Promotion;
    }
}
