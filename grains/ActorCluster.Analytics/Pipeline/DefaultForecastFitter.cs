using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Ets;
using ActorCluster.Analytics.Forecasting.Intermittent;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Pipeline;

/// <summary>
/// The fitter used when none is given: Croston/TSB for intermittent demand (Syntetos–Boylan class),
/// otherwise ETS chosen by AICc, and Theta when no ETS form can be fitted. Missing values are carried forward first; a series more than a fifth missing is refused.
/// </summary>
public static class DefaultForecastFitter
{
    public static IForecastModel? Fit(ReadOnlySpan<double> history, int seasonLength, out string reason)
    {
        if (!TryClean(history, out var y, out reason)) return null;
        if (IntermittentModelSelector.TrySelect(y, out var selection, out _) && selection.Model is { } intermittent)
        {
            reason = selection.Note;
            return intermittent;
        }
        if (EtsSelector.TrySelect(y, seasonLength, out var ets, out var etsReason)) { reason = string.Empty; return ets; }
        if (ThetaModel.TryFit(y, seasonLength, out var theta, out reason)) return theta;
        reason = $"ETS: {etsReason}; Theta: {reason}";
        return null;
    }

    /// <summary>Carries the last finite value into missing periods (leading ones are dropped).</summary>
    public static bool TryClean(ReadOnlySpan<double> history, out double[] y, out string reason)
    {
        var list = new List<double>(history.Length);
        int missing = 0;
        double last = double.NaN;
        foreach (var v in history)
        {
            if (double.IsFinite(v)) { last = v; list.Add(v); }
            else if (double.IsFinite(last)) { missing++; list.Add(last); }
            else missing++;
        }
        y = [.. list];
        if (missing * 5 > history.Length)
        {
            reason = $"{missing} of {history.Length} periods are missing";
            return false;
        }
        reason = string.Empty;
        return y.Length > 0 || Fail("the history is empty", out reason);
    }

    private static bool Fail(string why, out string reason)
    {
        reason = why;
        return false;
    }
}
