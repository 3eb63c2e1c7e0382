namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Where the validation windows lie: k origins one window apart, the last leaving exactly one window, each window
/// <see cref="Horizon"/> long (the requested horizon, cut so all windows together take at most half the series;
/// with more origins than half the series, fewer origins).
/// </summary>
internal sealed record ValidationPlan(int Horizon, int[] Origins)
{
    public static ValidationPlan For(int length, int horizon, ForecastPolicy policy)
    {
        int k = Math.Min(policy.Mode == AutoForecastMode.Fast ? 1 : policy.ValidationOrigins, Math.Max(1, length / 2));
        int window = Math.Min(policy.ValidationHorizon ?? horizon, Math.Max(1, length / 2 / k));
        var origins = new int[k];
        for (int i = 0; i < k; i++) origins[i] = length - window * (k - i);
        return new ValidationPlan(window, origins);
    }

    /// <summary>Training length at the last origin.</summary>
    public int LastOrigin => Origins[^1];
}
