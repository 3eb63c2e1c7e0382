namespace ActorCluster.Analytics.Tests.Features;

/// <summary>Textbook recomputations over a whole series, used as the reference for the incremental accumulators.</summary>
internal static class Naive
{
    /// <summary>The finite values among the last <paramref name="length"/> up to and including index <paramref name="t"/>.</summary>
    public static double[] Window(IReadOnlyList<double> x, int t, int length) =>
        Enumerable.Range(Math.Max(0, t - length + 1), Math.Min(length, t + 1)).Select(i => x[i]).Where(double.IsFinite).ToArray();

    public static double Mean(double[] v) => v.Length == 0 ? double.NaN : v.Sum() / v.Length;

    public static double StdDev(double[] v)
    {
        if (v.Length < 2) return double.NaN;
        double m = Mean(v);
        return Math.Sqrt(v.Sum(a => (a - m) * (a - m)) / (v.Length - 1));
    }

    public static double Lag(IReadOnlyList<double> x, int t, int k) => t - k >= 0 && double.IsFinite(x[t - k]) ? x[t - k] : double.NaN;

    public static double Ewma(IReadOnlyList<double> x, int t, double alpha)
    {
        double s = double.NaN;
        for (int i = 0; i <= t; i++)
        {
            if (!double.IsFinite(x[i])) continue;
            s = double.IsNaN(s) ? x[i] : alpha * x[i] + (1 - alpha) * s;
        }
        return s;
    }

    /// <summary>Wilder RSI straight from the definition: changes between consecutive finite values.</summary>
    public static double Rsi(IReadOnlyList<double> x, int t, int period)
    {
        var f = Enumerable.Range(0, t + 1).Select(i => x[i]).Where(double.IsFinite).ToArray();
        var d = f.Zip(f.Skip(1), (a, b) => b - a).ToArray();
        if (d.Length < period) return double.NaN;
        double g = d.Take(period).Sum(c => Math.Max(c, 0)) / period, l = d.Take(period).Sum(c => Math.Max(-c, 0)) / period;
        foreach (var c in d.Skip(period))
        {
            g = (g * (period - 1) + Math.Max(c, 0)) / period;
            l = (l * (period - 1) + Math.Max(-c, 0)) / period;
        }
        return g + l == 0 ? 50 : 100 - 100 / (1 + g / l);
    }

    /// <summary>OLS slope of the finite values among the last <paramref name="length"/>, x = position.</summary>
    public static double Slope(IReadOnlyList<double> x, int t, int length)
    {
        var pts = Enumerable.Range(Math.Max(0, t - length + 1), Math.Min(length, t + 1))
            .Where(i => double.IsFinite(x[i])).Select(i => (t: (double)i, y: x[i])).ToArray();
        if (pts.Length < 2) return double.NaN;
        double mt = pts.Average(p => p.t), my = pts.Average(p => p.y);
        double sxx = pts.Sum(p => (p.t - mt) * (p.t - mt)), sxy = pts.Sum(p => (p.t - mt) * (p.y - my));
        return sxy / sxx;
    }

    /// <summary>Relative closeness that treats two NaNs as equal.</summary>
    public static bool Close(double expected, double actual, double relative = 1e-9, double absolute = 1e-9)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return double.IsNaN(expected) && double.IsNaN(actual);
        return Math.Abs(expected - actual) <= absolute + relative * Math.Abs(expected);
    }

    public static void AssertClose(double expected, double actual, string what, double relative = 1e-9, double absolute = 1e-9) =>
        Assert.True(Close(expected, actual, relative, absolute), $"{what}: expected {expected:R}, got {actual:R}");

    /// <summary>Random series with missing values, infinities and occasional large jumps.</summary>
    public static double[] Series(Random rng, int n, double level = 100, double spread = 20, double missing = 0.05)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u = rng.NextDouble();
            x[i] = u < missing ? double.NaN
                : u < missing * 1.2 ? double.PositiveInfinity
                : u < missing * 1.4 ? level * 1000
                : level + spread * (rng.NextDouble() - 0.5) * 2;
        }
        return x;
    }
}
