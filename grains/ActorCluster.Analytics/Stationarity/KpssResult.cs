namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Outcome of a KPSS test. H₀: the series is (level or trend) stationary; large statistics reject it.
/// </summary>
/// <param name="Statistic">η = Σ Sₜ² / (n² σ̂²_LR), Sₜ the partial sums of the residuals.</param>
/// <param name="PValue">Interpolated in the Kwiatkowski et al. (1992) table; clamped to [0.01, 0.10].</param>
/// <param name="Lags">Bartlett truncation lag l.</param>
/// <param name="Trend">Whether the null is trend stationarity (residuals from a regression on 1, t).</param>
/// <param name="Critical5">5% critical value (0.463 level, 0.146 trend).</param>
public sealed record KpssResult(double Statistic, double PValue, int Lags, bool Trend, double Critical5)
{
    /// <summary>True when stationarity is rejected at <paramref name="alpha"/> (p-value below alpha).</summary>
    public bool RejectsStationarity(double alpha = 0.05) => PValue < alpha;
}
