namespace ActorCluster;

/// <summary>An ASIN's alerts: the open one, the recent history, snoozes in force and the rule overrides.</summary>
[GenerateSerializer, Immutable]
public sealed class AlertsView
{
    [Id(0)] public string Asin { get; set; } = "";
    [Id(1)] public string? Category { get; set; }

    /// <summary>Last sequence number handed out.</summary>
    [Id(2)] public long LastSequence { get; set; }

    /// <summary>The open alert, or null.</summary>
    [Id(3)] public OpenAlertView? Open { get; set; }

    /// <summary>History entries kept by the grain, oldest first (filtered by the query).</summary>
    [Id(4)] public List<AlertNotice> History { get; set; } = [];

    /// <summary>Snoozes in force.</summary>
    [Id(5)] public List<SnoozeView> Snoozes { get; set; } = [];

    /// <summary>The per-ASIN override of the rules, if any.</summary>
    [Id(6)] public AlertOverride? Override { get; set; }

    /// <summary>Recent-weight reduction the feedback rule applied per metric (Units, Price, SalesRank).</summary>
    [Id(7)] public double[] FeedbackPenalty { get; set; } = [];

    /// <summary>The oldest sequence number still held (history before it was dropped).</summary>
    [Id(8)] public long OldestHeld { get; set; }
}

/// <summary>The open alert of an ASIN.</summary>
[GenerateSerializer, Immutable]
public sealed class OpenAlertView
{
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Pending, Firing or Escalated.</summary>
    [Id(1)] public string State { get; set; } = "";
    [Id(2)] public string Tier { get; set; } = "";
    [Id(3)] public DateTime OpenedAt { get; set; }
    [Id(4)] public string? AcknowledgedBy { get; set; }
    [Id(5)] public DateTime? AcknowledgedAt { get; set; }
    [Id(6)] public string? AcknowledgeNote { get; set; }
}

/// <summary>A snooze: what is silenced until when, by whom.</summary>
[GenerateSerializer, Immutable]
public sealed class SnoozeView
{
    /// <summary>Asin, Category or Tier.</summary>
    [Id(0)] public string Scope { get; set; } = "Asin";
    [Id(1)] public DateTime Until { get; set; }
    [Id(2)] public string By { get; set; } = "";
    [Id(3)] public string? Category { get; set; }

    /// <summary>For a tier snooze: Yellow, Orange or Red.</summary>
    [Id(4)] public string? Tier { get; set; }
    [Id(5)] public string? Note { get; set; }
}

/// <summary>
/// Per-ASIN changes to the alert rules; null fields keep the defaults. Validated by the grain (an invalid
/// combination is refused with the reason).
/// </summary>
[GenerateSerializer, Immutable]
public sealed class AlertOverride
{
    /// <summary>Nothing fires below this composite probability (default 0.75).</summary>
    [Id(0)] public double? MinProbability { get; set; }

    /// <summary>Red above this probability (default 0.90).</summary>
    [Id(1)] public double? RedProbability { get; set; }

    /// <summary>Secondary signals needed with a primary one for orange (default 2).</summary>
    [Id(2)] public int? OrangeMinSecondary { get; set; }

    /// <summary>Debounce M: fire once this many of the last N periods qualified (default 2).</summary>
    [Id(3)] public int? FireAfter { get; set; }

    /// <summary>Debounce N (default 3).</summary>
    [Id(4)] public int? FireWindow { get; set; }

    /// <summary>Clear periods before a firing alert resolves (default 2).</summary>
    [Id(5)] public int? ResolveAfter { get; set; }

    /// <summary>Units surge line as a multiple of the 20-period mean (default 1.5).</summary>
    [Id(6)] public double? UnitsSurgeRatio { get; set; }

    /// <summary>RSI overbought line (default 70).</summary>
    [Id(7)] public double? RsiHigh { get; set; }

    /// <summary>RSI oversold line (default 30).</summary>
    [Id(8)] public double? RsiLow { get; set; }

    /// <summary>ATR band multiple (default 2).</summary>
    [Id(9)] public double? AtrBandMultiple { get; set; }

    /// <summary>Hysteresis buffer (default 0.10).</summary>
    [Id(10)] public double? HysteresisBuffer { get; set; }

    /// <summary>Forecast residual band in residual scales (default 2.5758).</summary>
    [Id(11)] public double? ResidualSigmas { get; set; }

    /// <summary>Sales-rank jump line as a log-change (default ln 1.5).</summary>
    [Id(12)] public double? SalesRankJumpLogChange { get; set; }

    /// <summary>Zero units are a stock-out only when the 20-period mean is at least this (default 5).</summary>
    [Id(13)] public double? StockOutMinMeanUnits { get; set; }

    /// <summary>A primary signal this many times beyond its line fires without the debounce (default 1.5; 0 turns it off).</summary>
    [Id(14)] public double? FireAtOnceMargin { get; set; }

    /// <summary>A probability above the red line fires without the debounce (default true).</summary>
    [Id(15)] public bool? FireAtOnceAboveRed { get; set; }

    /// <summary>Units within this many Poisson deviations of their mean raise no units or rank signal (default 2; 0 turns it off).</summary>
    [Id(16)] public double? UnitsNoiseSigmas { get; set; }

    /// <summary>A price log-move under this raises no price signal (default ln 1.1 ≈ 0.095, a 10% move; 0 turns it off).</summary>
    [Id(17)] public double? MinPriceMove { get; set; }

    /// <summary>Days after a reported promotion whose lower demand its pull-forward explains (default 14).</summary>
    [Id(18)] public int? PromotionDipDays { get; set; }

    /// <summary>Whether retail events of the calendar explain the demand moves they bring (default true).</summary>
    [Id(19)] public bool? ExplainCalendarEvents { get; set; }

    /// <summary>The largest demand lift (× the 20-period mean) a calendar event explains (default 4).</summary>
    [Id(20)] public double? CalendarEventMaxLift { get; set; }
}

/// <summary>A request to silence notifications until a time.</summary>
[GenerateSerializer, Immutable]
public sealed class SnoozeRequest
{
    /// <summary>Asin (everything of the ASIN), Tier (one tier of the ASIN) or Category (every ASIN of a category).</summary>
    [Id(0)] public string Scope { get; set; } = "Asin";

    /// <summary>End of the silence (UTC); must be in the future.</summary>
    [Id(1)] public DateTime Until { get; set; }

    /// <summary>Who asks.</summary>
    [Id(2)] public string By { get; set; } = "";

    /// <summary>For a tier snooze: Yellow, Orange or Red.</summary>
    [Id(3)] public string? Tier { get; set; }

    /// <summary>For a category snooze: the category.</summary>
    [Id(4)] public string? Category { get; set; }

    /// <summary>Why, optional.</summary>
    [Id(5)] public string? Note { get; set; }
}
