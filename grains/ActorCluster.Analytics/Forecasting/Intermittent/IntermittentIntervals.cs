using MathNet.Numerics.Distributions;

namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// Per-period prediction intervals for intermittent demand from a Bernoulli–Normal mixture: a demand occurs
/// with probability p and, when it does, its size is Normal(z, v) floored at 0. The τ-quantile is 0 when
/// τ ≤ 1 − p, otherwise the size quantile at level (τ − (1 − p))/p.
/// </summary>
/// <remarks>
/// The same distribution holds for every step ahead (Croston and TSB forecasts are flat). With p &lt; 0.1 the
/// 80% interval is [0, 0] although the mean is positive: that is the honest central interval of a mostly-zero
/// distribution, not an error. Approach: Syntetos &amp; Boylan (2016) <i>Intermittent Demand Forecasting</i>, ch. 6,
/// compound-Bernoulli lead-time demand.
/// </remarks>
internal static class IntermittentIntervals
{
    public static Forecast Build(string name, int horizon, double mean, double occurrence, double size, double sizeVariance)
    {
        double p = Math.Clamp(occurrence, 0, 1), sd = Math.Sqrt(Math.Max(sizeVariance, 0));
        double l80 = Quantile(0.10, p, size, sd), u80 = Quantile(0.90, p, size, sd);
        double l95 = Quantile(0.025, p, size, sd), u95 = Quantile(0.975, p, size, sd);
        return new Forecast(name, Fill(horizon, mean), Fill(horizon, l80), Fill(horizon, u80), Fill(horizon, l95), Fill(horizon, u95));
    }

    public static double Quantile(double tau, double p, double size, double sd)
    {
        if (tau <= 1 - p || p <= 0) return 0;
        double u = (tau - (1 - p)) / p;
        double q = sd > 0 ? size + sd * Normal.InvCDF(0, 1, u) : size;
        return Math.Max(q, 0);
    }

    private static double[] Fill(int horizon, double value)
    {
        var a = new double[horizon];
        Array.Fill(a, value);
        return a;
    }
}
