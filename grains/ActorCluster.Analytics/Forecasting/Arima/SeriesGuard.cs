namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>Input checks shared by the Try entry points: a reason instead of an exception.</summary>
internal static class SeriesGuard
{
    public static bool IsUsable(ReadOnlySpan<double> y, double[][] x, out string reason)
    {
        reason = "";
        if (y.IsEmpty) reason = "the series is empty";
        else if (y.Length < 3) reason = "at least 3 observations are needed";
        else
        {
            foreach (var v in y)
                if (!double.IsFinite(v)) { reason = "the series contains NaN or infinity"; return false; }
            for (int j = 0; j < x.Length && reason.Length == 0; j++)
            {
                if (x[j] is null || x[j].Length != y.Length) reason = $"regressor {j} must have one value per observation";
                else if (x[j].Any(v => !double.IsFinite(v))) reason = $"regressor {j} contains NaN or infinity";
            }
        }
        return reason.Length == 0;
    }
}
