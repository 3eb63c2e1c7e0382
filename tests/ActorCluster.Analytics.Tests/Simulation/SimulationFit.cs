using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Tests.Simulation;

/// <summary>What the simulation tests fit back: hashes of series, clean days, least squares.</summary>
internal static class SimulationFit
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>SHA-256 of the JSON form of the series, labels and truth.</summary>
    public static string Hash(SimulatedAsin asin) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(asin, Json)));

    /// <summary>SHA-256 over the hashes of all the ASINs, in order.</summary>
    public static string Hash(IEnumerable<SimulatedAsin> asins) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(string.Concat(asins.Select(Hash)))));

    /// <summary>
    /// Days untouched by anything but the regular demand drivers: reported, in stock, away from promotions
    /// and their pull-forward dips, holidays and labelled anomalies.
    /// </summary>
    public static bool[] CleanDays(AsinSimulator simulator, SimulatedAsin series)
    {
        var clean = new bool[series.Days.Count];
        for (int t = 0; t < clean.Length; t++)
        {
            var day = series.Days[t];
            clean[t] = !day.Missing && day.InStock && !simulator.NearPromotion(t)
                && !EventCalendar.Default.IsEvent(DateOnly.FromDateTime(day.Day))
                && !series.Labels.Any(l => l.Covers(day.Day));
        }
        return clean;
    }

    /// <summary>Ordinary least squares y = a + b·x: (intercept, slope).</summary>
    public static (double Intercept, double Slope) Line(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0;
        for (int i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        return (my - slope * mx, slope);
    }

    /// <summary>Simulator and full series of every ASIN of the scenario.</summary>
    public static List<(AsinSimulator Simulator, SimulatedAsin Series)> All(MarketScenario scenario) =>
        [.. Enumerable.Range(0, scenario.Asins).Select(i => MarketSimulator.Asin(scenario, i)).Select(s => (s, s.Simulate()))];

    /// <summary>The (first, last) index of each run of true values.</summary>
    public static IEnumerable<(int First, int Last)> Runs(bool[] flags)
    {
        for (int t = 0; t < flags.Length; t++)
        {
            if (!flags[t] || (t > 0 && flags[t - 1])) continue;
            int last = t;
            while (last + 1 < flags.Length && flags[last + 1]) last++;
            yield return (t, last);
        }
    }
}
