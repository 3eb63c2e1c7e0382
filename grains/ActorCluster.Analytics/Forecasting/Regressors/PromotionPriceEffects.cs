namespace ActorCluster.Analytics.Forecasting.Regressors;

/// <summary>
/// A product's response to promotions and price, estimated from its own history:
/// <see cref="PromotionUplift"/> multiplies units on a promotion period, and units scale with
/// (price / reference price)^<see cref="PriceElasticity"/>. NaN means "not estimable" (see the notes).
/// </summary>
/// <param name="PromotionUplift">exp(β) of the promotion flag; NaN with too few promotion periods.</param>
/// <param name="PriceElasticity">Coefficient of log price; NaN when the price barely varied or moved only with promotions.</param>
/// <param name="PromotionStandardError">Standard error of β (log scale).</param>
/// <param name="ElasticityStandardError">Standard error of the elasticity.</param>
/// <param name="Observations">Periods used in the regression.</param>
/// <param name="Note">What could and could not be estimated, and why.</param>
public sealed record PromotionPriceEffects(
    double PromotionUplift,
    double PriceElasticity,
    double PromotionStandardError,
    double ElasticityStandardError,
    int Observations,
    string Note)
{
    public static PromotionPriceEffects None(string note) => new(double.NaN, double.NaN, double.NaN, double.NaN, 0, note);

    public bool HasPromotionEffect => double.IsFinite(PromotionUplift);

    public bool HasPriceEffect => double.IsFinite(PriceElasticity);

    /// <summary>
    /// The multiplier for a period with promotion <paramref name="promotion"/> at <paramref name="price"/>, against a
    /// baseline of no promotion at <paramref name="referencePrice"/>. Effects that could not be estimated count as 1.
    /// </summary>
    public double Multiplier(bool promotion, double price, double referencePrice)
    {
        double m = 1;
        if (promotion && HasPromotionEffect) m *= PromotionUplift;
        if (HasPriceEffect && price > 0 && referencePrice > 0) m *= Math.Pow(price / referencePrice, PriceElasticity);
        return m;
    }
}
