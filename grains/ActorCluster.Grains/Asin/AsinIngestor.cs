namespace ActorCluster.Grains.Asin;

/// <summary>
/// Applies one observation to an ASIN's window and counts: validation, period alignment, currency
/// normalisation, duplicate/correction detection, late and too-old handling. No I/O: the grain persists.
/// </summary>
public sealed class AsinIngestor(AsinGrainState state, ObservationWindow window, AsinOptions options, TimeProvider clock)
{
    public IngestResult Apply(Observation? o)
    {
        if (o is null) return Reject(default, "observation is null", c => c);
        if (ObservationValidator.Check(o) is { } invalid)
            return Reject(o.PeriodStart, invalid, c => c with { InvalidField = c.InvalidField + 1 });

        var period = Periods.Floor(o.PeriodStart, window.Period);
        var now = clock.GetUtcNow().UtcDateTime;
        if (period > now + options.FutureSkew)
            return Reject(period, $"period {period:O} is in the future beyond the allowed skew of {options.FutureSkew}",
                c => c with { Future = c.Future + 1 });
        if (window.OldestAccepted is { } oldest && period < oldest)
            return Reject(period, $"period {period:O} is older than the window start {oldest:O}",
                c => c with { TooOld = c.TooOld + 1 });

        if (!TryNormalisePrice(o, out var row, out var currencyError))
            return Reject(period, currencyError!, c => c with { InvalidField = c.InvalidField + 1 });
        row = row with { PeriodStart = period, Currency = null, Category = null };
        var category = string.IsNullOrWhiteSpace(o.Category) ? null : o.Category.Trim();

        var existing = window.Get(period);
        if (existing is not null)
        {
            bool sameCategory = category is null || category == state.Category;
            if (existing == row && sameCategory)
            {
                Count(c => c with { Duplicates = c.Duplicates + 1 });
                return new IngestResult(IngestStatus.Duplicate, period);
            }
            bool isLatest = window.Latest!.PeriodStart == period;
            window.Put(row);
            UpdateAsinLevel(category, isLatest);
            Count(c => c with { Corrections = c.Corrections + 1 });
            return new IngestResult(IngestStatus.Corrected, period);
        }

        bool late = window.Latest is { } latest && period < latest.PeriodStart;
        window.Put(row);
        UpdateAsinLevel(category, isLatest: !late);
        Count(c => c with { Accepted = c.Accepted + 1, Late = c.Late + (late ? 1 : 0) });
        return new IngestResult(IngestStatus.Accepted, period, Late: late);
    }

    private bool TryNormalisePrice(Observation o, out Observation row, out string? error)
    {
        row = o;
        error = null;
        var code = o.Currency?.Trim().ToUpperInvariant();
        if (code is null || (o.Price is null && o.CompetitorPrice is null)) return true;
        state.Currency ??= code;
        if (code == state.Currency) return true;
        if (!options.Currencies.TryConvert(1.0, code, state.Currency, out var factor, out var why))
        {
            error = $"currency {code} differs from the ASIN's {state.Currency} and cannot be converted: {why} (Asin:CurrencyRates)";
            return false;
        }
        row = o with { Price = o.Price * factor, CompetitorPrice = o.CompetitorPrice * factor };
        return true;
    }

    private void UpdateAsinLevel(string? category, bool isLatest)
    {
        // The category follows the newest period; a late row does not move an ASIN back to an old category.
        if (category is not null && (isLatest || state.Category is null)) state.Category = category;
    }

    private IngestResult Reject(DateTime period, string reason, Func<IngestCounts, IngestCounts> specific)
    {
        Count(c => specific(c) with { Rejected = c.Rejected + 1 });
        if (options.RejectionsKept > 0)
        {
            if (state.Rejections.Count >= options.RejectionsKept) state.Rejections.RemoveAt(0);
            state.Rejections.Add(new Rejection(period, reason, clock.GetUtcNow().UtcDateTime));
        }
        return new IngestResult(IngestStatus.Rejected, period, reason);
    }

    private void Count(Func<IngestCounts, IngestCounts> change) => state.Counts = change(state.Counts);
}
