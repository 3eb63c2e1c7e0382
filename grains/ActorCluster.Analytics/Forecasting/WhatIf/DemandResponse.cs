using System.Globalization;
using ActorCluster.Analytics.Forecasting.Regressors;

namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// How units respond to a plan in a what-if simulation: price elasticity ε (units scale with (1 + Δp)^ε) and
/// promotion uplift (units multiply by exp(β) on a promotion period), each with its uncertainty. Built from the
/// <see cref="PromotionPriceEffects"/> estimated on the ASIN's own history; an effect the history cannot carry is
/// assumed neutral (elasticity 0, uplift 1) with no spread, and the note says so and why.
/// </summary>
/// <param name="Elasticity">Price elasticity of units, with its standard error as the spread.</param>
/// <param name="LogUplift">Log of the promotion uplift, with the standard error of the log as the spread.</param>
public sealed record DemandResponse(AssumedEffect Elasticity, AssumedEffect LogUplift)
{
    /// <summary>Spread drawn around an estimated elasticity that came without a usable standard error (0.5).</summary>
    public const double DefaultElasticitySpread = 0.5;

    /// <summary>Spread drawn around an estimated log uplift that came without a usable standard error (0.2, about ±20%).</summary>
    public const double DefaultLogUpliftSpread = 0.2;

    /// <summary>The response the estimated <paramref name="effects"/> support.</summary>
    public static DemandResponse From(PromotionPriceEffects effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var reasons = effects.Note.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new DemandResponse(ElasticityFrom(effects, reasons), UpliftFrom(effects, reasons));
    }

    private static AssumedEffect ElasticityFrom(PromotionPriceEffects e, string[] reasons)
    {
        if (!e.HasPriceEffect)
        {
            var why = Why(reasons, "price", "elasticity", e.Note);
            return new AssumedEffect(0, 0, false,
                $"price elasticity assumed 0 because it could not be estimated: {why}. Units do not respond to the price in this projection; revenue moves with the price alone");
        }
        bool hasSe = double.IsFinite(e.ElasticityStandardError) && e.ElasticityStandardError >= 0;
        double spread = hasSe ? e.ElasticityStandardError : DefaultElasticitySpread;
        var note = $"price elasticity {F(e.PriceElasticity)} estimated from {e.Observations} periods, " +
                   (hasSe ? $"standard error {F(spread)}" : $"no standard error: a spread of {F(spread)} assumed");
        if (e.PriceElasticity > 0) note += "; it is positive (units rising with the price), which usually means the price moved with something else, so read the projection with care";
        return new AssumedEffect(e.PriceElasticity, spread, true, note);
    }

    private static AssumedEffect UpliftFrom(PromotionPriceEffects e, string[] reasons)
    {
        if (!e.HasPromotionEffect || e.PromotionUplift <= 0)
        {
            var why = Why(reasons, "promotion", "uplift", e.Note);
            return new AssumedEffect(0, 0, false,
                $"promotion uplift assumed 1 (none) because it could not be estimated: {why}. Promotion periods are projected like the others");
        }
        bool hasSe = double.IsFinite(e.PromotionStandardError) && e.PromotionStandardError >= 0;
        double spread = hasSe ? e.PromotionStandardError : DefaultLogUpliftSpread;
        var note = $"promotion uplift ×{F(e.PromotionUplift)} estimated from {e.Observations} periods, " +
                   (hasSe ? $"standard error of its log {F(spread)}" : $"no standard error: a log spread of {F(spread)} assumed");
        return new AssumedEffect(Math.Log(e.PromotionUplift), spread, true, note);
    }

    // The estimator joins its reasons with "; "; keep those about this effect, else all of them.
    private static string Why(string[] reasons, string topic, string alias, string all)
    {
        var mine = reasons.Where(r => r.Contains(topic, StringComparison.OrdinalIgnoreCase) || r.Contains(alias, StringComparison.OrdinalIgnoreCase)).ToArray();
        return mine.Length > 0 ? string.Join("; ", mine) : all.Length > 0 ? all : "no reason given";
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
