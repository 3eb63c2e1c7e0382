namespace ActorCluster.Analytics.Cleaning;

/// <summary>Which outlier tests a value fails (see <see cref="RollingOutlierDetector"/>).</summary>
[Flags]
public enum OutlierFlags : byte
{
    /// <summary>No test fired (or too little data to judge, or the value is missing).</summary>
    None = 0,

    /// <summary>|modified z-score| &gt; 3.5 (Iglewicz &amp; Hoaglin).</summary>
    RobustZScore = 1,

    /// <summary>Outside Tukey's fences Q1 − 1.5·IQR, Q3 + 1.5·IQR.</summary>
    Tukey = 2,

    /// <summary>More than 3 standard deviations from the mean.</summary>
    ThreeSigma = 4,

    /// <summary>Set with a test bit when the value is below the median (a drop rather than a spike).</summary>
    Low = 8,

    /// <summary>A promotion period whose value would have been flagged: a promotion, not an error. No test bit is set.</summary>
    PromotionExempt = 16,
}
