namespace ActorCluster.Analytics.Stationarity;

/// <summary>How the Bartlett-window truncation lag l of the KPSS long-run variance is chosen.</summary>
public enum KpssLagRule
{
    /// <summary>l = ⌊3√n/13⌋: tseries' <c>lshort = TRUE</c>, used by R's forecast::ndiffs (and so auto.arima).</summary>
    Short,

    /// <summary>l = ⌊10√n/14⌋: tseries' <c>lshort = FALSE</c>.</summary>
    Long,

    /// <summary>
    /// Newey &amp; West (1994) data-dependent Bartlett bandwidth, as used for KPSS by Hobijn, Franses &amp; Ooms (1998):
    /// l = min(n − 1, ⌊1.1447 (ŝ₁/ŝ₀)^{2/3} n^{1/3}⌋), ŝ₀ = Σ|j|≤m γⱼ, ŝ₁ = Σ|j|≤m |j|γⱼ, with
    /// m = ⌊4(n/100)^{2/9}⌋ (Newey–West's pre-bandwidth; statsmodels' <c>nlags="auto"</c> uses ⌊n^{2/9}⌋).
    /// </summary>
    Automatic,
}
