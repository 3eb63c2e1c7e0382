namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// The smoothing constants searched when fitting Croston and TSB by in-sample MSE. The range covers the
/// 0.05–0.3 recommended for intermittent demand (Syntetos &amp; Boylan 2005; Teunter et al. 2011) with a
/// little room either side.
/// </summary>
internal static class SmoothingGrid
{
    public static ReadOnlySpan<double> Values => [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5];
}
