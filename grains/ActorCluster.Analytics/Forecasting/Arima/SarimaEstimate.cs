namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>A maximum-likelihood estimate before the model's filter is run over the series.</summary>
/// <param name="Order">The orders.</param>
/// <param name="Coefficients">The coefficients with σ̂².</param>
/// <param name="LogLikelihood">The maximised exact log-likelihood of the differenced series.</param>
/// <param name="Count">Number n of differenced observations.</param>
internal readonly record struct SarimaEstimate(SarimaOrder Order, SarimaCoefficients Coefficients, double LogLikelihood, int Count)
{
    /// <summary>k: coefficients, constant, regressors and σ².</summary>
    public int ParameterCount => Order.CoefficientCount + Coefficients.Exogenous.Length + 1;

    /// <summary>AICc = −2ℓ + 2k + 2k(k+1)/(n−k−1); +∞ when n ≤ k + 1 (Hurvich &amp; Tsai 1989).</summary>
    public double Aicc => Corrected(LogLikelihood, ParameterCount, Count);

    /// <summary>The AICc formula shared with <see cref="SarimaModel.Aicc"/>.</summary>
    public static double Corrected(double logLikelihood, int k, int n) =>
        n - k - 1 > 0 ? -2 * logLikelihood + 2 * k + 2.0 * k * (k + 1) / (n - k - 1) : double.PositiveInfinity;
}
