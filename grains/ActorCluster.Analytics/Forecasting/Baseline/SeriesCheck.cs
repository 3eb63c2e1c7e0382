namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>Input checks shared by the Try-fit entry points: they turn bad input into a reason, not an exception.</summary>
internal static class SeriesCheck
{
    /// <summary>False with a reason when the series is shorter than <paramref name="minLength"/> or has NaN/±∞.</summary>
    public static bool TryValidate(ReadOnlySpan<double> y, int minLength, out string reason)
    {
        if (y.Length < minLength)
        {
            reason = y.Length == 0 ? "the series is empty" : $"{y.Length} point(s); at least {minLength} needed";
            return false;
        }
        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i])) { reason = $"value {i} is not finite ({y[i]})"; return false; }
        }
        reason = "";
        return true;
    }

    /// <summary>Throws when an observation passed to <c>Update</c> is NaN or infinite.</summary>
    public static void ThrowIfNotFinite(double y, string paramName = "y")
    {
        if (!double.IsFinite(y)) throw new ArgumentOutOfRangeException(paramName, y, "observation must be finite");
    }

    /// <summary>Throws when a forecast horizon is not positive.</summary>
    public static void ThrowIfBadHorizon(int horizon)
    {
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "horizon must be at least 1");
    }

    /// <summary>Checks the leading layout version of a stored parameter vector.</summary>
    public static bool TryCheckLayout(double[]? parameters, double version, int minLength, out string reason)
    {
        if (parameters is null || parameters.Length < minLength) { reason = "parameter vector too short"; return false; }
        if (parameters[0] != version) { reason = $"unknown parameter layout {parameters[0]}"; return false; }
        foreach (var p in parameters)
            if (!double.IsFinite(p)) { reason = "parameter vector has a non-finite value"; return false; }
        reason = "";
        return true;
    }
}
