namespace ActorCluster.Analytics.Cleaning;

/// <summary>What <see cref="GapFiller"/> did to one period.</summary>
[Flags]
public enum GapFlags : byte
{
    /// <summary>Both values observed.</summary>
    None = 0,

    /// <summary>Units were missing and linearly interpolated (imputed).</summary>
    UnitsInterpolated = 1,

    /// <summary>Price was missing and carried forward from the last observed price (imputed).</summary>
    PriceCarriedForward = 2,

    /// <summary>Units are missing and were left missing (long gap, or no observation on one side yet).</summary>
    UnitsMissing = 4,

    /// <summary>Price is missing and was left missing (long gap, or no earlier price).</summary>
    PriceMissing = 8,

    /// <summary>The period is inside a run of missing values longer than the maximum fillable gap.</summary>
    LongGap = 16,
}
