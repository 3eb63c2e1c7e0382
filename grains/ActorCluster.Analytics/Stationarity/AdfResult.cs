namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Outcome of an augmented Dickey–Fuller test. H₀: a unit root (γ = 0 in Δyₜ = … + γyₜ₋₁ + …);
/// small (very negative) statistics reject it.
/// </summary>
/// <param name="Statistic">τ = γ̂ / se(γ̂).</param>
/// <param name="PValue">MacKinnon (1994) approximate asymptotic p-value.</param>
/// <param name="Lags">Number k of lagged differences in the regression.</param>
/// <param name="Observations">Number of observations in the final regression.</param>
/// <param name="Critical1">1% critical value, MacKinnon (2010) response surface at this sample size.</param>
/// <param name="Critical5">5% critical value.</param>
/// <param name="Critical10">10% critical value.</param>
/// <param name="Regression">Deterministic terms used.</param>
public sealed record AdfResult(
    double Statistic, double PValue, int Lags, int Observations,
    double Critical1, double Critical5, double Critical10, AdfRegression Regression)
{
    /// <summary>True when the unit-root null is rejected at <paramref name="alpha"/> (by the p-value).</summary>
    public bool RejectsUnitRoot(double alpha = 0.05) => PValue < alpha;
}
