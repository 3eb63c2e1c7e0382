namespace ActorCluster.Analytics.Forecasting;

/// <summary>
/// Point forecasts for horizons 1..h with 80% and 95% prediction intervals.
/// Every array has length h; index 0 is one step ahead.
/// </summary>
public sealed record Forecast(
    string Model,
    double[] Mean,
    double[] Lower80,
    double[] Upper80,
    double[] Lower95,
    double[] Upper95)
{
    /// <summary>Number of steps ahead covered.</summary>
    public int Horizon => Mean.Length;

    /// <summary>Builds symmetric Gaussian intervals from point forecasts and per-step standard deviations.</summary>
    public static Forecast FromGaussian(string model, double[] mean, double[] sd)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(sd);
        if (mean.Length != sd.Length) throw new ArgumentException("mean and sd must have the same length", nameof(sd));
        // z-values of the standard normal at 90% and 97.5%.
        const double z80 = 1.2815515655446004, z95 = 1.959963984540054;
        int h = mean.Length;
        var l80 = new double[h]; var u80 = new double[h]; var l95 = new double[h]; var u95 = new double[h];
        for (int i = 0; i < h; i++)
        {
            l80[i] = mean[i] - z80 * sd[i]; u80[i] = mean[i] + z80 * sd[i];
            l95[i] = mean[i] - z95 * sd[i]; u95[i] = mean[i] + z95 * sd[i];
        }
        return new Forecast(model, mean, l80, u80, l95, u95);
    }
}
