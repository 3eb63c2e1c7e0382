namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

/// <summary>Deterministic synthetic series for the selection tests.</summary>
internal static class SyntheticSeries
{
    /// <summary>A weekly sales pattern (level 100, weekend peak) with small noise, no trend.</summary>
    public static double[] Seasonal(int n, int seed = 1)
    {
        double[] week = [80, 85, 90, 95, 130, 160, 60];
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(t => week[t % 7] + 3 * Normal(rng)).ToArray();
    }

    /// <summary>A straight upward trend, 2 units a step, with small noise.</summary>
    public static double[] Trend(int n, int seed = 2)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(t => 50 + 2.0 * t + 2 * Normal(rng)).ToArray();
    }

    /// <summary>Demand on about one day in four, of 3 to 7 units.</summary>
    public static double[] Intermittent(int n, int seed = 3)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.25 ? rng.Next(3, 8) : 0.0).ToArray();
    }

    public static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
