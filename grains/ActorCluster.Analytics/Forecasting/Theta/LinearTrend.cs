namespace ActorCluster.Analytics.Forecasting.Theta;

/// <summary>
/// The Theta method's θ = 0 line: the least-squares line a + b·t on t = 1..n (R: <c>lm(y ~ t)</c>).
/// Closed form, O(n), no allocation. With one point the slope is 0.
/// </summary>
public readonly record struct LinearTrend(double Intercept, double Slope)
{
    /// <summary>The line's value at 1-based time <paramref name="t"/>.</summary>
    public double At(double t) => Intercept + Slope * t;

    /// <summary>Ordinary least squares of <paramref name="y"/> on t = 1..n.</summary>
    public static LinearTrend Fit(ReadOnlySpan<double> y)
    {
        int n = y.Length;
        if (n == 0) return new LinearTrend(double.NaN, double.NaN);
        double tMean = (n + 1) / 2.0, yMean = 0;
        foreach (var v in y) yMean += v;
        yMean /= n;
        double sty = 0, stt = 0;
        for (int i = 0; i < n; i++)
        {
            double dt = i + 1 - tMean;
            sty += dt * (y[i] - yMean);
            stt += dt * dt;
        }
        double slope = stt > 0 ? sty / stt : 0;
        return new LinearTrend(yMean - slope * tMean, slope);
    }
}
