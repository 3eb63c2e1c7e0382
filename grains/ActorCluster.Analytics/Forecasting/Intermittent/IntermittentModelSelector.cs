using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// Chooses a model for a demand series by the Syntetos–Boylan classification
/// (<see cref="DemandClassification"/>). Smooth demand → no intermittent model: the caller uses a continuous
/// one. Erratic, intermittent and lumpy demand → Croston-SBA and TSB are both fitted (constants on the grid by
/// in-sample MSE) and the one with the lower in-sample MSE is returned.
/// </summary>
/// <remarks>
/// Syntetos, Boylan &amp; Croston (2005) recommend SBA over Croston in all three non-smooth categories; TSB
/// (Teunter et al. 2011) is the alternative that follows a fading item to zero. Comparing in-sample MSE is a
/// pragmatic tie-breaker; a rolling-origin backtest is the stronger test when history allows.
/// </remarks>
public static class IntermittentModelSelector
{
    /// <summary>The fewest non-zero demands from which an intermittent model is fitted.</summary>
    public const int MinimumDemands = 2;

    /// <summary>
    /// Classifies and fits. False with a reason (no exception) for an empty series, NaN/∞, negative values,
    /// no demand (all zeros) or fewer than <see cref="MinimumDemands"/> demands.
    /// </summary>
    public static bool TrySelect(ReadOnlySpan<double> y, [NotNullWhen(true)] out IntermittentSelection? selection, out string reason)
    {
        selection = null;
        if (!DemandClassification.TryClassify(y, out var c, out reason)) return false;
        if (c.Class == DemandClass.Smooth)
        {
            selection = new IntermittentSelection(c, null, $"smooth demand (ADI {c.Adi:F2} < {DemandClassification.AdiThreshold}, CV² {c.Cv2:F2} < {DemandClassification.Cv2Threshold}): use a continuous model");
            return true;
        }
        if (c.Demands < MinimumDemands) { reason = $"only {c.Demands} demand(s); at least {MinimumDemands} needed"; return false; }
        if (!CrostonModel.TryFit(y, CrostonVariant.Sba, out var sba, out reason)) return false;
        if (!TsbModel.TryFit(y, out var tsb, out reason)) return false;
        bool useTsb = tsb.MeanSquaredError < sba.MeanSquaredError;
        IForecastModel model = useTsb ? tsb : sba;
        selection = new IntermittentSelection(c, model,
            $"{c.Class} demand: {model.Name} (in-sample MSE {(useTsb ? tsb.MeanSquaredError : sba.MeanSquaredError):G4} vs {(useTsb ? sba.MeanSquaredError : tsb.MeanSquaredError):G4})");
        return true;
    }
}
