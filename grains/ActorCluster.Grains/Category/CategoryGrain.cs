using ActorCluster.Grains.Alerts;
using Microsoft.Extensions.Logging;

namespace ActorCluster.Grains.Category;

/// <summary>What a category persists: its snoozes (the figures are rebuilt from reports).</summary>
[GenerateSerializer]
public sealed class CategoryGrainState
{
    [Id(0)] public List<SnoozeView> Snoozes { get; set; } = [];
}

/// <summary>
/// Keeps each reporting ASIN's latest price and units in memory. Nothing is persisted: every ASIN reports
/// again within its report interval, so a reactivated category is complete again after one interval, and
/// ASINs that stop reporting drop out after <see cref="Stale"/>. Category snoozes are persisted.
/// </summary>
public sealed partial class CategoryGrain(
    [PersistentState("category", GrainNames.Storage)] IPersistentState<CategoryGrainState> state,
    TimeProvider clock,
    ILogger<CategoryGrain> logger) : Grain, ICategoryGrain
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

    public async Task<SnoozeView> Snooze(SnoozeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        request.Scope = "Category";
        request.Category = this.GetPrimaryKeyString();
        var view = AlertRules.ToView(AlertRules.ToSnooze(request, now, categoryAllowed: true));
        state.State.Snoozes.RemoveAll(s => s.Until <= now);
        state.State.Snoozes.Add(view);
        await state.WriteStateAsync();
        // ASINs that reported recently hear of it now (one-way: an ASIN may be waiting on this grain), the others
        // with their next report.
        int told = 0;
        foreach (var (asin, r) in _asins)
            if (now - r.At <= Stale) { await GrainFactory.GetGrain<IAsinGrain>(asin).AdoptCategorySnooze(view); told++; }
        LogSnoozed(logger, this.GetPrimaryKeyString(), view.Until, told);
        return view;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Category {Category} snoozed until {Until:O}; handed to {Asins} ASINs now")]
    private static partial void LogSnoozed(ILogger logger, string category, DateTime until, int asins);

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
        var snoozes = state.State.Snoozes.Where(s => s.Until > now).ToList();
        return new CategorySnapshot(this.GetPrimaryKeyString(), live, priced > 0 ? priceSum / priced : double.NaN, units, now,
            snoozes.Count > 0 ? snoozes : null);
    }
}
