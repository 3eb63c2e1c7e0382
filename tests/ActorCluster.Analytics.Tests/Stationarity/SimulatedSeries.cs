namespace ActorCluster.Analytics.Tests.Stationarity;

/// <summary>Seeded Gaussian series for the unit-root tests (Box–Muller on System.Random, deterministic for a seed).</summary>
internal static class SimulatedSeries
{
    public static double[] WhiteNoise(int n, int seed)
    {
        var rnd = new Random(seed);
        var e = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1 - rnd.NextDouble(), u2 = rnd.NextDouble();
            e[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return e;
    }

    public static double[] RandomWalk(int n, int seed)
    {
        var e = WhiteNoise(n, seed);
        for (int i = 1; i < n; i++) e[i] += e[i - 1];
        return e;
    }
}
