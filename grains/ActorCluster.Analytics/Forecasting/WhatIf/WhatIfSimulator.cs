using System.Buffers;
using System.Runtime.CompilerServices;

namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// Monte Carlo projection of units and revenue under a plan (a price change, promotion periods), in O(paths × steps)
/// time: two normal draws per path and step, and expected-linear selections for the percentiles of each step.
/// </summary>
/// <remarks>
/// <para>Each path draws the effects once (elasticity ε ~ N(ε̂, se²), log uplift β ~ N(β̂, se²): their uncertainty
/// is shared by every step of a path, as a wrong estimate would be), then baseline units per step from the model's
/// predictive distribution, and multiplies them by (1 + Δp)^ε and, on promotion steps, by exp(β) — the
/// constant-elasticity demand model the effects were estimated with.</para>
/// <para>Units per step are a split normal around the point forecast (<see cref="PredictiveSpread"/>), censored at
/// zero: a negative draw counts as a day without sales. We chose this over a log-normal because it reproduces the
/// model's own forecast — P50 is the point forecast and P10/P90 are its 80% bounds floored at zero, so the baseline
/// here and the forecast the grain shows agree — and because it needs no special case for a point forecast at or
/// below zero, which a log-normal cannot represent.</para>
/// <para>Forecast errors persist: a level that turns out higher stays higher. Each path carries a random walk
/// whose variance grows by the growth of the model's predictive variance beyond one step, plus independent noise
/// for the rest, so the marginals stay the model's and steps covary as in a random walk plus noise (local level)
/// model. Independent steps would make the totals' band far too narrow.</para>
/// <para>The plan and the baseline use the same draws (common random numbers), so their difference per path shows
/// the plan's effect without the noise of two separate simulations.</para>
/// </remarks>
public static class WhatIfSimulator
{
    // Fully optimised from the first call: a grain runs this rarely, so tiered compilation would leave it in
    // unoptimised first-tier code for its first dozens of calls, several times slower.
    /// <summary>Simulates <paramref name="scenario"/>; throws <see cref="ArgumentException"/> for an unusable one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WhatIfProjection Run(WhatIfScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        var spread = scenario.Baseline;
        int h = spread.Horizon, n = scenario.Paths;
        var (drift, noise, total) = Persistence(spread);
        var promo = scenario.Promotion.Length == 0 ? new bool[h] : scenario.Promotion;
        double logPriceRatio = double.LogP1(scenario.PriceChange);
        var (elasticity, uplift) = (scenario.Response.Elasticity, scenario.Response.LogUplift);

        // Step by step across all paths, so every array is walked in order; per-path state lives in small arrays.
        var pool = ArrayPool<double>.Shared;
        double[] plan = pool.Rent(h * n), baseline = pool.Rent(h * n), totals = pool.Rent(4 * n);
        double[] level = pool.Rent(n), priceFactor = pool.Rent(n), promoFactor = pool.Rent(n);
        try
        {
            var rng = new GaussianSource(scenario.Seed);
            for (int i = 0; i < n; i++)
            {
                priceFactor[i] = Math.Exp((elasticity.Value + elasticity.Spread * rng.NextNormal()) * logPriceRatio);
                promoFactor[i] = Math.Exp(uplift.Value + uplift.Spread * rng.NextNormal());
                level[i] = 0;
            }
            Array.Clear(totals, 0, 2 * n);
            for (int t = 0; t < h; t++)
            {
                double mean = spread.Mean[t], below = spread.Below[t], above = spread.Above[t];
                double step = drift[t], rest = noise[t], scale = total[t] > 0 ? 1 / total[t] : 0;
                bool promoted = promo[t];
                var planRow = plan.AsSpan(t * n, n);
                var baseRow = baseline.AsSpan(t * n, n);
                for (int i = 0; i < n; i++)
                {
                    double walk = level[i] += step * rng.NextNormal();
                    double z = (walk + rest * rng.NextNormal()) * scale;
                    double units = Math.Max(0, mean + z * (z < 0 ? below : above));
                    double planned = units * priceFactor[i] * (promoted ? promoFactor[i] : 1);
                    baseRow[i] = units;
                    planRow[i] = planned;
                    totals[i] += planned;
                    totals[n + i] += units;
                }
            }
            for (int i = 0; i < n; i++)
            {
                double planSum = totals[i], baseSum = totals[n + i];
                totals[2 * n + i] = planSum * scenario.PlannedPrice - baseSum * scenario.ReferencePrice;
                totals[3 * n + i] = planSum - baseSum;
            }
            return Summarise(scenario, plan, baseline, totals, h, n);
        }
        finally
        {
            foreach (var rented in (double[][])[plan, baseline, totals, level, priceFactor, promoFactor]) pool.Return(rented);
        }
    }

    private static WhatIfProjection Summarise(WhatIfScenario scenario, double[] plan, double[] baseline, double[] totals, int h, int n)
    {
        double price = scenario.PlannedPrice, reference = scenario.ReferencePrice;
        var units = new QuantileBand[h];
        var revenue = new QuantileBand[h];
        var baseUnits = new QuantileBand[h];
        for (int t = 0; t < h; t++)
        {
            units[t] = QuantileBand.OfUnsorted(plan.AsSpan(t * n, n));
            // One price per step and price > 0: revenue percentiles are the unit percentiles times the price.
            revenue[t] = units[t].Scale(price);
            baseUnits[t] = QuantileBand.OfUnsorted(baseline.AsSpan(t * n, n));
        }
        var totalUnits = QuantileBand.OfUnsorted(totals.AsSpan(0, n));
        var baseTotal = QuantileBand.OfUnsorted(totals.AsSpan(n, n));
        var revenueChange = QuantileBand.OfUnsorted(totals.AsSpan(2 * n, n));
        var unitsChange = QuantileBand.OfUnsorted(totals.AsSpan(3 * n, n));
        return new WhatIfProjection(units, revenue, baseUnits, totalUnits, totalUnits.Scale(price), baseTotal, baseTotal.Scale(reference),
            unitsChange, revenueChange, n);
    }

    // Per step: the random walk's standard deviation increment, the independent noise's standard deviation, and the
    // total standard deviation that standardises their sum. The walk's variance V_t = max(V_{t−1}, c_t² − c_1²) with
    // c the central spread, never decreasing; the noise carries what is left of c_t², so Var = max(c_t², V_t).
    private static (double[] Drift, double[] Noise, double[] Total) Persistence(PredictiveSpread spread)
    {
        int h = spread.Horizon;
        var drift = new double[h];
        var noise = new double[h];
        var total = new double[h];
        double first = spread.Central(0), walk = 0;
        for (int t = 0; t < h; t++)
        {
            double c2 = spread.Central(t) * spread.Central(t);
            double next = Math.Max(walk, c2 - first * first);
            drift[t] = Math.Sqrt(next - walk);
            walk = next;
            noise[t] = Math.Sqrt(Math.Max(0, c2 - walk));
            total[t] = Math.Sqrt(walk + noise[t] * noise[t]);
        }
        return (drift, noise, total);
    }
}
