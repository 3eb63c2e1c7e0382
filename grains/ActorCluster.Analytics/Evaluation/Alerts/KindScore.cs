using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>How well the labels of one anomaly kind were captured.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Labels">Scored labels of the kind (starting after the warm-up).</param>
/// <param name="CapturedYellow">Captured at yellow or above.</param>
/// <param name="CapturedOrange">Captured at orange or above.</param>
/// <param name="CapturedRed">Captured at red.</param>
/// <param name="Delay">Detection delays at yellow or above.</param>
public sealed record KindScore(AnomalyKind Kind, int Labels, int CapturedYellow, int CapturedOrange, int CapturedRed, DelayStats Delay)
{
    /// <summary>Capture rate at yellow or above (NaN without labels).</summary>
    public double YellowRate => Rate(CapturedYellow);

    /// <summary>Capture rate at orange or above (NaN without labels).</summary>
    public double OrangeRate => Rate(CapturedOrange);

    /// <summary>Capture rate at red (NaN without labels).</summary>
    public double RedRate => Rate(CapturedRed);

    private double Rate(int captured) => Labels == 0 ? double.NaN : (double)captured / Labels;
}
