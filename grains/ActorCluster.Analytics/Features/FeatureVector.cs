using ActorCluster.Analytics.Cleaning;

namespace ActorCluster.Analytics.Features;

/// <summary>
/// Every feature of one ASIN at one period, as plain numbers, filled by <see cref="FeatureEngine.Push(in FeatureInput, out FeatureVector)"/>.
/// </summary>
/// <remarks>
/// Conventions: windows include the current period (mean over 7 = this period and the 6 before); lag k is
/// the value k periods before this one; standard deviations are sample ones (n − 1). A statistic is NaN
/// when its inputs are missing or too few (mean: no finite value; deviation: fewer than two; lag: not held
/// or missing; RSI: fewer than RsiPeriod + 1 = 15 finite values). Windows shorter than their length (young series) use
/// what they hold: check <see cref="Periods"/> before trusting a 250-period figure.
/// </remarks>
public record struct FeatureVector
{
    /// <summary>UTC start of the period.</summary>
    public DateTime Period { get; set; }

    /// <summary>Periods pushed since the engine was reset or rebuilt, this one included.</summary>
    public int Periods { get; set; }

    /// <summary>Units as used (NaN when missing or invalid).</summary>
    public double Units { get; set; }

    /// <summary>Price as used (NaN when missing or invalid).</summary>
    public double Price { get; set; }

    public bool Promotion { get; set; }

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7.</summary>
    public int DayOfWeek { get; set; }

    public int Month { get; set; }

    /// <summary>ISO 8601 week number, 1–53.</summary>
    public int WeekOfYear { get; set; }

    /// <summary>Hour of day for hourly periods, otherwise 0.</summary>
    public int HourOfDay { get; set; }

    /// <summary>Bits of the calendar's events covering the period (bit i = event i of the calendar).</summary>
    public int EventMask { get; set; }

    public double UnitsLag1 { get; set; }
    public double UnitsLag7 { get; set; }
    public double UnitsLag30 { get; set; }
    public double PriceLag1 { get; set; }

    public double UnitsMean7 { get; set; }
    public double UnitsStd7 { get; set; }
    public double UnitsMean20 { get; set; }
    public double UnitsStd20 { get; set; }
    public double UnitsMean30 { get; set; }
    public double UnitsStd30 { get; set; }
    public double UnitsMean60 { get; set; }
    public double UnitsStd60 { get; set; }
    public double UnitsMean250 { get; set; }
    public double UnitsStd250 { get; set; }

    public double PriceMean7 { get; set; }
    public double PriceStd7 { get; set; }
    public double PriceMean30 { get; set; }
    public double PriceStd30 { get; set; }

    /// <summary>Exponentially weighted moving average of units (span from the options, default 20).</summary>
    public double UnitsEwma { get; set; }

    /// <summary>Exponentially weighted moving average of price.</summary>
    public double PriceEwma { get; set; }

    /// <summary>Wilder RSI of units, 0–100 (period from the options, default 14).</summary>
    public double UnitsRsi { get; set; }

    /// <summary>Wilder RSI of price, 0–100.</summary>
    public double PriceRsi { get; set; }

    /// <summary>
    /// Units ÷ mean units of the 20 periods before this one (the baseline excludes the current period so a
    /// spike does not dilute its own baseline). NaN when units are missing or the baseline is missing or 0.
    /// </summary>
    public double VolumeRatio { get; set; }

    /// <summary>Price × promotion indicator: the price on promotion periods, 0 otherwise (NaN if the price is missing on a promotion).</summary>
    public double PricePromotion { get; set; }

    public LifecycleStage Lifecycle { get; set; }

    /// <summary>Least-squares slope of units per period over the lifecycle window.</summary>
    public double TrendSlope { get; set; }

    /// <summary><see cref="TrendSlope"/> ÷ mean units over the same window: fractional change per period.</summary>
    public double RelativeTrend { get; set; }

    /// <summary>Outlier tests failed by this period's units (<see cref="OutlierFlags.None"/> when disabled).</summary>
    public OutlierFlags UnitsOutlier { get; set; }

    /// <summary>True when an event of the calendar covers the period.</summary>
    public readonly bool IsEvent => EventMask != 0;
}
