using ActorCluster.Analytics.Forecasting.WhatIf;

namespace ActorCluster.Grains.Asin;

/// <summary>What-if projections: the Monte Carlo runs on the grain's own fitted model and estimated effects.</summary>
public sealed partial class AsinGrain
{
    public Task<WhatIfView> GetWhatIf(WhatIfPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join("; ", problems.Values), problems.Keys.First());

        var response = DemandResponse.From(_analytics.Effects);
        var (_, trusted, note) = _analytics.CurrentForecast();
        double reference = _analytics.LastPrice;
        var view = new WhatIfView
        {
            Asin = this.GetPrimaryKeyString(),
            History = _window.Count,
            Plan = plan,
            ReferencePrice = reference,
            PlannedPrice = reference * (1 + plan.PriceChange),
            Elasticity = ToView(response.Elasticity, uplift: false),
            Uplift = ToView(response.LogUplift, uplift: true),
        };
        if (_analytics.Model is not { } model || _analytics.LastPeriod is not { } last)
            return Task.FromResult(view with { Note = _window.Count == 0 ? "no observations for this ASIN" : note });

        // The raw forecast, not the one floored at zero for display: the floor would distort the spread read from it.
        var forecast = model.Forecast(plan.Horizon);
        if (!forecast.Mean.All(double.IsFinite))
            return Task.FromResult(view with { Note = $"{model.Name} gives no finite forecast over {plan.Horizon} periods; it is refitted with the next data" });
        var scenario = new WhatIfScenario
        {
            Baseline = PredictiveSpread.From(forecast),
            ReferencePrice = reference,
            PriceChange = plan.PriceChange,
            Promotion = plan.PromotionMask(),
            Response = response,
            Paths = plan.Paths,
            Seed = plan.Seed,
        };
        var projection = WhatIfSimulator.Run(scenario);
        return Task.FromResult(view with
        {
            Model = model.Name,
            Trusted = trusted,
            Note = $"{note}; {projection.Paths} paths, seed {plan.Seed}",
            Periods = [.. Enumerable.Range(0, projection.Horizon).Select(t => ToView(projection, scenario, t, last + _analytics.Options.Step * (t + 1)))],
            Totals = Totals(projection.TotalUnits, projection.TotalRevenue),
            Baseline = Totals(projection.BaselineTotalUnits, projection.BaselineTotalRevenue),
            Change = Totals(projection.UnitsChange, projection.RevenueChange),
        });
    }

    private static WhatIfPeriod ToView(WhatIfProjection p, WhatIfScenario s, int t, DateTime period) => new()
    {
        Period = period, Step = t + 1, Promotion = s.Promotion[t], Price = s.PlannedPrice,
        UnitsP10 = p.Units[t].P10, UnitsP50 = p.Units[t].P50, UnitsP90 = p.Units[t].P90,
        RevenueP10 = p.Revenue[t].P10, RevenueP50 = p.Revenue[t].P50, RevenueP90 = p.Revenue[t].P90,
        BaselineUnitsP50 = p.BaselineUnits[t].P50,
    };

    private static WhatIfTotals Totals(QuantileBand units, QuantileBand revenue) => new()
    {
        UnitsP10 = units.P10, UnitsP50 = units.P50, UnitsP90 = units.P90,
        RevenueP10 = revenue.P10, RevenueP50 = revenue.P50, RevenueP90 = revenue.P90,
    };

    // The uplift is simulated on the log scale; the view shows it as the multiplier a seller reads.
    private static WhatIfEffect ToView(AssumedEffect e, bool uplift) => new()
    {
        Value = uplift ? Math.Exp(e.Value) : e.Value, Spread = e.Spread, Estimated = e.Estimated, Note = e.Note,
    };
}
