using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// The Monte Carlo of an alert evaluation: <see cref="Markets"/> independent simulated markets with seeds
/// <see cref="Seed"/> … <see cref="Seed"/> + <see cref="Markets"/> − 1, each of <see cref="Asins"/> ASINs over
/// <see cref="Days"/> days. Every default is stated once, here.
/// </summary>
public sealed record AlertMonteCarloSettings
{
    /// <summary>Number of markets K (replicates), 1 to 1,000. Default 5.</summary>
    public int Markets { get; init; } = 5;

    /// <summary>ASINs per market, 1 to 100,000. Default 100.</summary>
    public int Asins { get; init; } = 100;

    /// <summary>Simulated days per ASIN, 1 to 36,500. Default 365.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Seed of the first market. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Categories per market. Default 8 (the simulator's).</summary>
    public int Categories { get; init; } = 8;

    /// <summary>Labelled anomalies per ASIN-day after the simulator's warm-up, 0 to 0.1. Default 0.005 (the simulator's).</summary>
    public double AnomalyRate { get; init; } = 0.005;

    /// <summary>The extreme scenario (<see cref="MarketScenario.Extreme"/>: extra single-period moves above 15%). Default false.</summary>
    public bool Extreme { get; init; }

    /// <summary>Also run the sliding-window backtest (monthly re-estimated likelihoods) beside the defaults. Default true.</summary>
    public bool Backtest { get; init; } = true;

    /// <summary>Threads replaying ASINs at once; null uses every core. Results do not depend on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary>The simulated scenario of market <paramref name="market"/> (0-based).</summary>
    public MarketScenario Scenario(int market) => new()
    {
        Asins = Asins, Days = Days, Seed = Seed + market, Categories = Categories, AnomalyRate = AnomalyRate, Extreme = Extreme,
    };

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem found.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (Markets is < 1 or > 1_000) errors.Add($"markets must be 1 to 1,000, was {Markets}");
        if (Asins is < 1 or > 100_000) errors.Add($"asins must be 1 to 100,000, was {Asins}");
        if ((long)Markets * Asins > 1_000_000) errors.Add($"markets × asins must be at most 1,000,000, was {(long)Markets * Asins:N0}");
        if (Days is < 1 or > 36_500) errors.Add($"days must be 1 to 36,500, was {Days}");
        if (!(AnomalyRate is >= 0 and <= 0.1)) errors.Add($"anomaly rate must be 0 to 0.1, was {AnomalyRate}");
        if (Categories < 1) errors.Add($"categories must be at least 1, was {Categories}");
        if (Parallelism is < 1) errors.Add($"parallelism must be at least 1, was {Parallelism}");
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors));
    }
}
