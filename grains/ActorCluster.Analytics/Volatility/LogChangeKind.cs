namespace ActorCluster.Analytics.Volatility;

/// <summary>How a level is turned into a log-change before volatility is measured.</summary>
public enum LogChangeKind
{
    /// <summary>
    /// <c>log(x_t / x_{t-1})</c>, for strictly positive levels (price, sales rank). A level ≤ 0 is outside
    /// the domain and is rejected.
    /// </summary>
    LogRatio = 0,

    /// <summary>
    /// <c>log(1 + x_t) - log(1 + x_{t-1})</c>, for counts that may be zero (units sold). Zero is a valid
    /// level; a move 0 → 1 is log 2 instead of infinite. A level ≤ -1 is rejected. For integer counts
    /// <c>1 + x</c> is exact, so <c>Math.Log(1 + x)</c> loses no precision.
    /// </summary>
    Log1p = 1,
}
