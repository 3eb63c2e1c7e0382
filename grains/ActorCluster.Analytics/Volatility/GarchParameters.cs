namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Parameters of a constant-mean GARCH(1,1) model (Bollerslev 1986):
/// <c>x_t = Mu + e_t</c>, <c>e_t = sqrt(h_t) z_t</c>, <c>z_t ~ N(0,1)</c>,
/// <c>h_t = Omega + Alpha e_{t-1}^2 + Beta h_{t-1}</c>.
/// </summary>
/// <param name="Mu">Constant mean of the observations.</param>
/// <param name="Omega">Variance intercept, strictly positive.</param>
/// <param name="Alpha">ARCH coefficient (reaction to the last shock), non-negative.</param>
/// <param name="Beta">GARCH coefficient (persistence of the variance), non-negative.</param>
public readonly record struct GarchParameters(double Mu, double Omega, double Alpha, double Beta)
{
    /// <summary><c>Alpha + Beta</c>; the model is covariance-stationary when this is below 1.</summary>
    public double Persistence => Alpha + Beta;

    /// <summary>Long-run variance <c>Omega / (1 - Alpha - Beta)</c>; +∞ when the model is not stationary.</summary>
    public double UnconditionalVariance => Persistence < 1 ? Omega / (1 - Persistence) : double.PositiveInfinity;

    /// <summary>True when every parameter is finite, Omega &gt; 0, Alpha, Beta ≥ 0 and Alpha + Beta &lt; 1.</summary>
    public bool IsValid =>
        double.IsFinite(Mu) && double.IsFinite(Omega) && Omega > 0
        && Alpha >= 0 && Beta >= 0 && Persistence < 1;
}
