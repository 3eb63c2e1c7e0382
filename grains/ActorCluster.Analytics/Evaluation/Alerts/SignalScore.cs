using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>The scored alerts whose firing decision counted one signal kind, and how many of them were false alarms.</summary>
/// <param name="Kind">The signal kind.</param>
/// <param name="Alerts">Scored alerts with the signal in their firing decision.</param>
/// <param name="FalseAlarms">Those that fired outside every label window.</param>
/// <param name="Alone">Scored alerts whose firing decision counted this signal and no other.</param>
public sealed record SignalScore(SignalKind Kind, int Alerts, int FalseAlarms, int Alone)
{
    /// <summary>False alarms ÷ alerts with the signal (NaN without any).</summary>
    public double FalseAlarmRate => Alerts == 0 ? double.NaN : (double)FalseAlarms / Alerts;
}
