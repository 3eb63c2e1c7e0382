using ActorCluster.Analytics.Calendar;

namespace ActorCluster.Analytics.Features;

/// <summary>Settings of a <see cref="FeatureEngine"/>. The rolling lengths (7, 20, 30, 60, 250) and lags (1, 7, 30) are fixed by the feature set.</summary>
public sealed class FeatureEngineOptions
{
    /// <summary>Event calendar for the event flags. Default: <see cref="EventCalendar.Default"/>.</summary>
    public EventCalendar Calendar { get; init; } = EventCalendar.Default;

    /// <summary>Period length. Default: <see cref="CalendarPeriod.Day"/>.</summary>
    public CalendarPeriod Period { get; init; } = CalendarPeriod.Day;

    /// <summary>EWMA span N (α = 2/(N + 1)), at least 1. Default: 20.</summary>
    public double EwmaSpan { get; init; } = 20;

    /// <summary>RSI look-back in changes, at least 1. Default: 14 (Wilder).</summary>
    public int RsiPeriod { get; init; } = 14;

    /// <summary>Periods in the lifecycle trend fit, at least 2. Default: 60.</summary>
    public int LifecycleWindow { get; init; } = 60;

    /// <summary>Finite observations before a product leaves Introduction. Default: 28.</summary>
    public int LifecycleMinimumPeriods { get; init; } = 28;

    /// <summary>Relative slope per period at or above which the stage is Growth. Default: 0.005.</summary>
    public double LifecycleGrowthThreshold { get; init; } = 0.005;

    /// <summary>Relative slope per period at or below which the stage is Decline. Default: −0.005.</summary>
    public double LifecycleDeclineThreshold { get; init; } = -0.005;

    /// <summary>Periods in the units outlier window, 0 to disable outlier flags, otherwise at least 2. Default: 60.</summary>
    public int OutlierWindow { get; init; } = 60;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Calendar);
        if (!Enum.IsDefined(Period)) throw new ArgumentException($"Period {Period} is not defined", nameof(Period));
        if (!(EwmaSpan >= 1)) throw new ArgumentException($"EwmaSpan must be at least 1, got {EwmaSpan}", nameof(EwmaSpan));
        if (RsiPeriod < 1) throw new ArgumentException($"RsiPeriod must be at least 1, got {RsiPeriod}", nameof(RsiPeriod));
        if (LifecycleWindow < 2) throw new ArgumentException($"LifecycleWindow must be at least 2, got {LifecycleWindow}", nameof(LifecycleWindow));
        if (LifecycleMinimumPeriods < 0) throw new ArgumentException("LifecycleMinimumPeriods must not be negative", nameof(LifecycleMinimumPeriods));
        if (!(LifecycleGrowthThreshold > LifecycleDeclineThreshold))
            throw new ArgumentException("LifecycleGrowthThreshold must exceed LifecycleDeclineThreshold", nameof(LifecycleGrowthThreshold));
        if (OutlierWindow is 1 or < 0) throw new ArgumentException($"OutlierWindow must be 0 or at least 2, got {OutlierWindow}", nameof(OutlierWindow));
    }
}
