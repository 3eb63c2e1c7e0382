using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Pipeline;

/// <summary>How one ASIN's analytics run. Every default is stated once, here.</summary>
public sealed class AsinAnalyticsOptions
{
    /// <summary>Period of the series (default daily); fixes the season length: 7 daily, 24 hourly, 52 weekly.</summary>
    public CalendarPeriod Period { get; init; } = CalendarPeriod.Day;

    /// <summary>Holiday and event calendar (default: Prime Day, Black Friday, Cyber Monday, Christmas …).</summary>
    public EventCalendar Calendar { get; init; } = EventCalendar.Default;

    /// <summary>Longest gap, in periods, that is filled (units linearly, price carried forward; default 3). Longer gaps stay missing.</summary>
    public int MaxGap { get; init; } = 3;

    /// <summary>Units kept for refits (default 400 periods).</summary>
    public int History { get; init; } = 400;

    /// <summary>Periods needed before the first forecast (default 3 seasons, at least 28).</summary>
    public int? MinForecastHistory { get; init; }

    /// <summary>Periods between scheduled refits of the forecast and GARCH (default 30: monthly on daily data).</summary>
    public int RefitEvery { get; init; } = 30;

    /// <summary>Every how many scheduled refits the model is chosen again among all families (default 4; the others refit warm).</summary>
    public int FullReselectEvery { get; init; } = 4;

    /// <summary>Forecast horizon exposed (default 14 periods).</summary>
    public int Horizon { get; init; } = 14;

    /// <summary>Recent one-step forecasts the accuracy figures cover (default 60).</summary>
    public int AccuracyWindow { get; init; } = 60;

    /// <summary>
    /// A forecast whose 80% interval is wider than this multiple of its mean level is not trusted, and the
    /// rule-based volatility thresholds stand alone (default 3).
    /// </summary>
    public double MaxRelativeIntervalWidth { get; init; } = 3.0;

    /// <summary>Drift test: reference and recent window lengths and significance (defaults 120, 30, 0.01).</summary>
    public int DriftReference { get; init; } = 120;
    public int DriftRecent { get; init; } = 30;
    public double DriftAlpha { get; init; } = 0.01;

    /// <summary>Volatility thresholds (shared by units, price and sales rank).</summary>
    public VolatilityThresholdOptions Thresholds { get; init; } = new();

    public int SeasonLength => Period switch { CalendarPeriod.Hour => 24, CalendarPeriod.Week => 52, _ => 7 };

    public int EffectiveMinForecastHistory => MinForecastHistory ?? Math.Max(28, 3 * SeasonLength);

    public TimeSpan Step => Period switch { CalendarPeriod.Hour => TimeSpan.FromHours(1), CalendarPeriod.Week => TimeSpan.FromDays(7), _ => TimeSpan.FromDays(1) };

    /// <summary>Throws with every problem found.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (MaxGap is < 0 or > 60) errors.Add($"MaxGap must be 0..60, was {MaxGap}");
        if (History < 2 * SeasonLength) errors.Add($"History must hold at least two seasons ({2 * SeasonLength}), was {History}");
        if (RefitEvery < 1) errors.Add($"RefitEvery must be positive, was {RefitEvery}");
        if (FullReselectEvery < 1) errors.Add($"FullReselectEvery must be positive, was {FullReselectEvery}");
        if (Horizon is < 1 or > 1000) errors.Add($"Horizon must be 1..1000, was {Horizon}");
        if (AccuracyWindow < 1) errors.Add($"AccuracyWindow must be positive, was {AccuracyWindow}");
        if (!(MaxRelativeIntervalWidth > 0)) errors.Add($"MaxRelativeIntervalWidth must be positive, was {MaxRelativeIntervalWidth}");
        if (DriftReference < 10 || DriftRecent < 10) errors.Add("Drift windows must hold at least 10 periods each");
        if (DriftAlpha is <= 0 or >= 1) errors.Add($"DriftAlpha must be in (0, 1), was {DriftAlpha}");
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors));
        Thresholds.Validate();
    }
}
