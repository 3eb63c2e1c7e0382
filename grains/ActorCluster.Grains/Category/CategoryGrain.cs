namespace ActorCluster.Grains.Category;

/// <summary>
/// Keeps each reporting ASIN's latest price and units in memory. Nothing is persisted: every ASIN reports
/// again within its report interval, so a reactivated category is complete again after one interval, and
/// ASINs that stop reporting drop out after <see cref="Stale"/>.
/// </summary>
public sealed class CategoryGrain(TimeProvider clock) : Grain, ICategoryGrain
{
    /// <summary>Reports older than this no longer count (an ASIN that left the category or went quiet).</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromDays(7);

    private readonly Dictionary<string, (double Price, double Units, DateTime At)> _asins = new(StringComparer.Ordinal);

    public Task<CategorySnapshot> Report(string asin, double price, double units)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        _asins[asin] = (price, units, now);
        return Task.FromResult(Snapshot(now));
    }

    public Task<CategorySnapshot> GetSnapshot() => Task.FromResult(Snapshot(clock.GetUtcNow().UtcDateTime));

    private CategorySnapshot Snapshot(DateTime now)
    {
        double priceSum = 0, units = 0;
        int priced = 0, live = 0;
        List<string>? stale = null;
        foreach (var (asin, r) in _asins)
        {
            if (now - r.At > Stale) { (stale ??= []).Add(asin); continue; }
            live++;
            if (double.IsFinite(r.Price) && r.Price > 0) { priceSum += r.Price; priced++; }
            if (double.IsFinite(r.Units) && r.Units >= 0) units += r.Units;
        }
        if (stale is not null) foreach (var asin in stale) _asins.Remove(asin);
        return new CategorySnapshot(this.GetPrimaryKeyString(), live, priced > 0 ? priceSum / priced : double.NaN, units, now);
    }
}
