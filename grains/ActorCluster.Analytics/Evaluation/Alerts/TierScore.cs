using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// The scores of one tier T, counting everything at T or above ("orange+" = orange or red).
/// </summary>
/// <param name="Tier">The tier T.</param>
/// <param name="Alerts">Alerts that reached T or above (fired at it, or escalated to it) after the warm-up.</param>
/// <param name="TrueAlerts">Those whose period of reaching T lies in a label window.</param>
/// <param name="Labels">Scored labels (starting after the warm-up; see <see cref="AlertScorer"/> for missing data).</param>
/// <param name="Captured">Labels captured at T: an alert fired at T or above, or escalated to it, within the label window.</param>
/// <param name="Delay">Detection delays of the captured labels.</param>
public sealed record TierScore(AlertTier Tier, int Alerts, int TrueAlerts, int Labels, int Captured, DelayStats Delay)
{
    /// <summary>True alerts ÷ alerts at T or above (NaN without alerts): for red, the red precision.</summary>
    public double Precision => Alerts == 0 ? double.NaN : (double)TrueAlerts / Alerts;

    /// <summary>False alarms ÷ alerts at T or above (NaN without alerts).</summary>
    public double FalseAlarmRate => Alerts == 0 ? double.NaN : (double)(Alerts - TrueAlerts) / Alerts;

    /// <summary>Captured ÷ scored labels (NaN without labels).</summary>
    public double CaptureRate => Labels == 0 ? double.NaN : (double)Captured / Labels;
}
