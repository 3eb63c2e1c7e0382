using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// How alerts are replayed and scored against the simulator's labels. Every default is stated once, here.
/// Immutable; change it with <c>with</c>.
/// </summary>
public sealed record AlertEvaluationOptions
{
    /// <summary>
    /// Watch window W in periods: an alert is credited to a label when it fires within [Start, End + W]. Default 3.
    /// </summary>
    public int Window { get; init; } = 3;

    /// <summary>
    /// Periods at the start of every series left out of the scoring (alerts, labels and calibration), while the
    /// thresholds and the forecast warm up. Default 60.
    /// </summary>
    public int WarmupPeriods { get; init; } = 60;

    /// <summary>
    /// Periods fed per batch: <see cref="AsinAnalytics.RefitIfDue"/> runs once at the end of each block of this many
    /// calendar periods, as the grain does once per ingest call (the simulation feeds 7 days per call). Default 7.
    /// </summary>
    public int BatchPeriods { get; init; } = 7;

    /// <summary>Backtest: periods between re-estimations of the likelihoods, after the warm-up. Default 30 (monthly).</summary>
    public int ReestimateEvery { get; init; } = 30;

    /// <summary>Backtest: estimated probabilities are bounded to [this, 1 − this]. Default 0.001.</summary>
    public double ProbabilityBound { get; init; } = 0.001;

    /// <summary>Backtest: re-estimate the prior probability as well as the likelihoods. Default true.</summary>
    public bool ReestimatePrior { get; init; } = true;

    /// <summary>
    /// Second definition of a true alert: also true when it fires within [first, last + <see cref="Window"/>] of a
    /// simulated stock-out (a run of out-of-stock days). The simulator does not label stock-outs as anomalies, yet
    /// MISSION §6 lists the stock-out as an alert signal and the inhibition rule makes it "one causal alert"; so an alert
    /// on one is wanted, and the report gives the false-alarm rate under both definitions. Capture is unchanged (over
    /// the injected labels). Default false (the labels alone).
    /// </summary>
    public bool StockOutsAreEvents { get; init; }

    /// <summary>Number of equal-width probability bins of the calibration table. Default 10.</summary>
    public int CalibrationBins { get; init; } = 10;

    /// <summary>The alert rules replayed (the shared defaults unless changed).</summary>
    public AlertRuleOptions Rules { get; init; } = new();

    /// <summary>The per-ASIN analytics (the grain's defaults: 400 periods of history, daily).</summary>
    public AsinAnalyticsOptions Analytics { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem found.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (Window < 0) errors.Add($"Window must not be negative, was {Window}");
        if (WarmupPeriods < 0) errors.Add($"WarmupPeriods must not be negative, was {WarmupPeriods}");
        if (BatchPeriods < 1) errors.Add($"BatchPeriods must be at least 1, was {BatchPeriods}");
        if (ReestimateEvery < 1) errors.Add($"ReestimateEvery must be at least 1, was {ReestimateEvery}");
        if (!(ProbabilityBound is > 0 and < 0.5)) errors.Add($"ProbabilityBound must be in (0, 0.5), was {ProbabilityBound}");
        if (CalibrationBins is < 1 or > 100) errors.Add($"CalibrationBins must be 1..100, was {CalibrationBins}");
        if (Rules is null) errors.Add("Rules must be set");
        if (Analytics is null) errors.Add("Analytics must be set");
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors));
        Rules!.Validate();
        Analytics!.Validate();
    }
}
