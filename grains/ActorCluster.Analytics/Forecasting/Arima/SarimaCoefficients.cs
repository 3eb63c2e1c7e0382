namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Fitted coefficients of a seasonal ARIMA model in the sign convention of <see cref="SarimaOrder"/>.
/// </summary>
/// <param name="Ar">φ₁…φₚ.</param>
/// <param name="Ma">θ₁…θ_q.</param>
/// <param name="SeasonalAr">Φ₁…Φ_P.</param>
/// <param name="SeasonalMa">Θ₁…Θ_Q.</param>
/// <param name="Mean">μ, the mean of the differenced series (0 without a constant).</param>
/// <param name="Exogenous">β, one per regressor (empty without regressors).</param>
/// <param name="Sigma2">σ², the innovation variance (the maximum-likelihood estimate, divisor n).</param>
public sealed record SarimaCoefficients(
    double[] Ar, double[] Ma, double[] SeasonalAr, double[] SeasonalMa, double Mean, double[] Exogenous, double Sigma2)
{
    /// <summary>φ*: the expanded AR operator φ(B)Φ(Bˢ) = 1 − Σ φ*ₖBᵏ.</summary>
    internal double[] ExpandedAr(int period) => LagPolynomial.ExpandAr(Ar, SeasonalAr, period);

    /// <summary>θ*: the expanded MA operator θ(B)Θ(Bˢ) = 1 + Σ θ*ₖBᵏ.</summary>
    internal double[] ExpandedMa(int period) => LagPolynomial.ExpandMa(Ma, SeasonalMa, period);
}
