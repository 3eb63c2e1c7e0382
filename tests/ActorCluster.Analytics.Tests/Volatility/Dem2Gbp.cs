using System.Globalization;

namespace ActorCluster.Analytics.Tests.Volatility;

/// <summary>The Bollerslev–Ghysels DM/GBP daily percentage returns (1974 values), read once.</summary>
internal static class Dem2Gbp
{
    private static readonly Lazy<double[]> Data = new(() =>
        File.ReadLines(SharedData.PathOf("reference/garch/dem2gbp.csv"))
            .Skip(1)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => double.Parse(l, CultureInfo.InvariantCulture))
            .ToArray());

    public static double[] Returns => Data.Value;
}
