namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// A series' Syntetos–Boylan classification. ADI is the mean interval between demands, the first interval
/// counted from the start of the series (so ADI = position of the last demand / number of demands, as
/// Kourentzes' <c>tsintermittent::idclass</c>); CV² is (sample sd / mean)² of the non-zero sizes, 0 with one demand.
/// </summary>
/// <remarks>Source: Syntetos, Boylan &amp; Croston (2005), "On the categorization of demand patterns", JORS 56(5):495–503.</remarks>
public readonly record struct DemandClassification(double Adi, double Cv2, int Demands, int Length, DemandClass Class)
{
    /// <summary>The ADI cut-off between frequent and intermittent demand.</summary>
    public const double AdiThreshold = 1.32;

    /// <summary>The CV² cut-off between stable and variable demand sizes.</summary>
    public const double Cv2Threshold = 0.49;

    /// <summary>The category for given ADI and CV²; values equal to a threshold fall on the intermittent/variable side.</summary>
    public static DemandClass Classify(double adi, double cv2) => (adi >= AdiThreshold, cv2 >= Cv2Threshold) switch
    {
        (false, false) => DemandClass.Smooth,
        (false, true) => DemandClass.Erratic,
        (true, false) => DemandClass.Intermittent,
        (true, true) => DemandClass.Lumpy,
    };

    /// <summary>
    /// Classifies a demand series (finite, non-negative values). False with a reason for an empty series,
    /// NaN/∞, a negative value, or a series with no demand at all (all zeros).
    /// </summary>
    public static bool TryClassify(ReadOnlySpan<double> y, out DemandClassification classification, out string reason)
    {
        classification = default;
        if (!DemandSeries.TryValidate(y, out reason)) return false;
        var (demands, mean, variance, adi) = DemandSeries.Summarise(y);
        if (demands == 0) { reason = "no demand in the series (all zeros)"; return false; }
        double cv2 = demands > 1 ? variance / (mean * mean) : 0;
        classification = new DemandClassification(adi, cv2, demands, y.Length, Classify(adi, cv2));
        return true;
    }
}
