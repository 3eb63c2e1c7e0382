namespace ActorCluster.Client.Bench;

/// <summary>Nearest-rank percentiles of a set of latencies in milliseconds (NaN values are left out).</summary>
public sealed record PushStats(int Count, double P50, double P90, double P99, double Max)
{
    public static PushStats From(IEnumerable<double> values)
    {
        var v = values.Where(x => !double.IsNaN(x)).Order().ToArray();
        return v.Length == 0
            ? new PushStats(0, double.NaN, double.NaN, double.NaN, double.NaN)
            : new PushStats(v.Length, At(v, 0.50), At(v, 0.90), At(v, 0.99), v[^1]);
    }

    private static double At(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
