namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// A model's predictive distribution per step as a split normal: the point forecast, and one standard deviation
/// below and one above it, read from the 80% interval ((mean − lower)/z and (upper − mean)/z with z = 1.2816).
/// Symmetric Gaussian intervals give equal sides; asymmetric ones (intermittent demand with its mass at zero,
/// bounds floored at zero) keep their own sides, so a simulation reproduces the model's 80% bounds as its P10 and P90.
/// </summary>
/// <param name="Mean">Point forecast per step (index 0 is one step ahead).</param>
/// <param name="Below">Standard deviation used below the point forecast.</param>
/// <param name="Above">Standard deviation used above it.</param>
public sealed record PredictiveSpread(double[] Mean, double[] Below, double[] Above)
{
    // Standard normal quantiles at 90% and 97.5%: the half-widths of central 80% and 95% intervals.
    private const double Z80 = 1.2815515655446004, Z95 = 1.959963984540054;

    /// <summary>Steps covered.</summary>
    public int Horizon => Mean.Length;

    /// <summary>The spread that sets how errors persist from step to step: the mean of the two sides.</summary>
    public double Central(int step) => 0.5 * (Below[step] + Above[step]);

    /// <summary>
    /// Reads <paramref name="forecast"/>: the 80% bounds, else the 95% bounds where the 80% ones are not finite, else
    /// no spread. A side that comes out negative (a bound on the wrong side of the point) counts as 0.
    /// </summary>
    public static PredictiveSpread From(Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        int h = forecast.Horizon;
        var mean = new double[h];
        var below = new double[h];
        var above = new double[h];
        for (int i = 0; i < h; i++)
        {
            double m = forecast.Mean[i];
            if (!double.IsFinite(m)) throw new ArgumentException($"the point forecast at step {i + 1} is not finite ({m})", nameof(forecast));
            mean[i] = m;
            (below[i], above[i]) =
                double.IsFinite(forecast.Lower80[i]) && double.IsFinite(forecast.Upper80[i]) ? ((m - forecast.Lower80[i]) / Z80, (forecast.Upper80[i] - m) / Z80)
                : double.IsFinite(forecast.Lower95[i]) && double.IsFinite(forecast.Upper95[i]) ? ((m - forecast.Lower95[i]) / Z95, (forecast.Upper95[i] - m) / Z95)
                : (0, 0);
            below[i] = Math.Max(below[i], 0);
            above[i] = Math.Max(above[i], 0);
        }
        return new PredictiveSpread(mean, below, above);
    }
}
