namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>The scores of a set of replays against their labels; see <see cref="AlertScorer"/> for every definition.</summary>
/// <param name="Asins">Replayed ASINs.</param>
/// <param name="AsinDays">Scored ASIN-periods: the periods after the warm-up, missing ones included.</param>
/// <param name="Tiers">Yellow+, orange+ and red, in that order.</param>
/// <param name="Kinds">Per anomaly kind (kinds without scored labels left out), in kind order.</param>
/// <param name="MissingDataLabels">Scored <see cref="Simulation.AnomalyKind.MissingData"/> labels, left out of <see cref="Tiers"/>' capture.</param>
/// <param name="Calibration">The calibration bins, lowest first.</param>
/// <param name="CalibrationPeriods">Scored periods the feed reported (the ones with a decision).</param>
/// <param name="BrierScore">Mean of (probability − inside a label window)² over those periods; NaN when none.</param>
/// <param name="AnomalousShare">Share of those periods inside a label window (the base rate).</param>
/// <param name="Signals">Per signal kind, the scored alerts whose firing decision counted it (kinds never seen left out).</param>
public sealed record AlertScore(
    int Asins,
    long AsinDays,
    IReadOnlyList<TierScore> Tiers,
    IReadOnlyList<KindScore> Kinds,
    int MissingDataLabels,
    IReadOnlyList<CalibrationBin> Calibration,
    long CalibrationPeriods,
    double BrierScore,
    double AnomalousShare,
    IReadOnlyList<SignalScore> Signals)
{
    /// <summary>The yellow+ scores: every alert.</summary>
    public TierScore All => Tiers[0];

    /// <summary>Alerts after the warm-up.</summary>
    public int Alerts => All.Alerts;

    /// <summary>Alerts whose firing period lies outside every label window.</summary>
    public int FalseAlarms => All.Alerts - All.TrueAlerts;

    /// <summary>False alarms ÷ alerts (NaN without alerts).</summary>
    public double FalseAlarmRate => All.FalseAlarmRate;

    /// <summary>False alarms per 1,000 scored ASIN-days (NaN without any).</summary>
    public double FalseAlarmsPerThousandAsinDays => AsinDays == 0 ? double.NaN : FalseAlarms * 1000.0 / AsinDays;

    /// <summary>True red alerts ÷ red alerts (NaN without red alerts).</summary>
    public double RedPrecision => Tiers[2].Precision;
}
