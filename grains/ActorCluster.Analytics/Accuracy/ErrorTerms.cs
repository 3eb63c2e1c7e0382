namespace ActorCluster.Analytics.Accuracy;

/// <summary>The per-pair terms the batch metrics and the rolling tracker both sum, so both agree by construction.</summary>
internal static class ErrorTerms
{
    /// <summary>200·|y − ŷ| / (|y| + |ŷ|); 0 when both are 0 (a perfect forecast of nothing).</summary>
    public static double Sape(double actual, double forecast)
    {
        double denominator = Math.Abs(actual) + Math.Abs(forecast);
        return denominator == 0 ? 0 : 200 * Math.Abs(actual - forecast) / denominator;
    }

    /// <summary>100·|y − ŷ| / |y|; NaN when y = 0 (undefined, skipped by MAPE).</summary>
    public static double Ape(double actual, double forecast) =>
        actual == 0 ? double.NaN : 100 * Math.Abs(actual - forecast) / Math.Abs(actual);
}
