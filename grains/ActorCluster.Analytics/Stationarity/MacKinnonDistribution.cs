namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Response-surface approximations to the Dickey–Fuller τ distribution for one series (N = 1):
/// p-values from MacKinnon (1994), "Approximate asymptotic distribution functions for unit-root and
/// cointegration tests", JBES 12(2), Tables 3–4: p = Φ(Σ aᵢτⁱ) with one polynomial left of τ* and one right
/// of it; critical values from MacKinnon (2010), "Critical values for cointegration tests", QED WP 1227,
/// Table 1: c(T) = β∞ + β₁/T + β₂/T² + β₃/T³. The same constants are used by statsmodels and Stata.
/// </summary>
internal static class MacKinnonDistribution
{
    // Index: AdfRegression (None, Constant, ConstantTrend).
    private static readonly double[] TauStar = [-1.04, -1.61, -2.89];
    private static readonly double[] TauMin = [-19.04, -18.83, -16.18];
    private static readonly double[] TauMax = [double.PositiveInfinity, 2.74, 0.70];

    private static readonly double[][] SmallP =
    [
        [0.6344, 1.2378, 3.2496e-2],
        [2.1659, 1.4412, 3.8269e-2],
        [3.2512, 1.6047, 4.9588e-2],
    ];

    private static readonly double[][] LargeP =
    [
        [0.4797, 9.3557e-1, -0.6999e-1, 3.3066e-2],
        [1.7339, 9.3202e-1, -1.2745e-1, -1.0368e-2],
        [2.5261, 6.1654e-1, -3.7956e-1, -6.0285e-2],
    ];

    // [regression][1%, 5%, 10%][β∞, β₁, β₂, β₃]
    private static readonly double[][][] Critical =
    [
        [[-2.56574, -2.2358, -3.627, 0], [-1.94100, -0.2686, -3.365, 31.223], [-1.61682, 0.2656, -2.714, 25.364]],
        [[-3.43035, -6.5393, -16.786, -79.433], [-2.86154, -2.8903, -4.234, -40.040], [-2.56677, -1.5384, -2.809, 0]],
        [[-3.95877, -9.0531, -28.428, -134.155], [-3.41049, -4.3904, -9.036, -45.374], [-3.12705, -2.5856, -3.925, -22.380]],
    ];

    /// <summary>Approximate p-value of τ; 0 below τ_min, 1 above τ_max, NaN for NaN.</summary>
    public static double PValue(double tau, AdfRegression regression)
    {
        int r = (int)regression;
        if (double.IsNaN(tau)) return double.NaN;
        if (tau > TauMax[r]) return 1;
        if (tau < TauMin[r]) return 0;
        var c = tau <= TauStar[r] ? SmallP[r] : LargeP[r];
        double z = 0;
        for (int i = c.Length - 1; i >= 0; i--) z = z * tau + c[i];
        return MathNet.Numerics.Distributions.Normal.CDF(0, 1, z);
    }

    /// <summary>Critical value at level index 0 (1%), 1 (5%) or 2 (10%) for a regression with <paramref name="observations"/> rows.</summary>
    public static double CriticalValue(AdfRegression regression, int level, int observations)
    {
        var b = Critical[(int)regression][level];
        double x = 1.0 / observations;
        return b[0] + x * (b[1] + x * (b[2] + x * b[3]));
    }
}
