namespace ActorCluster.Reports;

/// <summary>Everything the report says about one ASIN, gathered from its grain (no Orleans types, so it renders anywhere).</summary>
public sealed record AsinReportLine
{
    public required string Asin { get; init; }
    public string? Category { get; init; }
    /// <summary>The open alert's tier (None, Yellow, Orange, Red) and state, with why it fired.</summary>
    public string Tier { get; init; } = "None";
    public string? AlertState { get; init; }
    public string? Reason { get; init; }
    /// <summary>The explanations of the signals of the open alert's latest firing or escalation.</summary>
    public IReadOnlyList<string> Explanations { get; init; } = [];
    public DateTime? LastPeriod { get; init; }

    /// <summary>Units per period over the previous and the current range, oldest first (NaN where missing).</summary>
    public IReadOnlyList<double> Units { get; init; } = [];
    /// <summary>Index in <see cref="Units"/> where the current range starts.</summary>
    public int CurrentFrom { get; init; }
    public double UnitsMean { get; init; } = double.NaN;
    public double PreviousUnitsMean { get; init; } = double.NaN;
    public double PriceMean { get; init; } = double.NaN;
    public double PreviousPriceMean { get; init; } = double.NaN;

    public string? Model { get; init; }
    public int AccuracyCount { get; init; }
    public double Mae { get; init; } = double.NaN;
    public double Rmse { get; init; } = double.NaN;
    public double Smape { get; init; } = double.NaN;
    public double Mase { get; init; } = double.NaN;

    /// <summary>Periods of the range with no stored observation; of those, filled by interpolation / left missing.</summary>
    public int Gaps { get; init; }
    public int Imputed { get; init; }
    public int Unfilled { get; init; }
    /// <summary>Rejections since the grain was created, by reason.</summary>
    public long RejectedTooOld { get; init; }
    public long RejectedFuture { get; init; }
    public long RejectedInvalid { get; init; }
    public long RejectedOther { get; init; }
    public long Duplicates { get; init; }
    /// <summary>Kept rejections (the grain holds the latest few) whose period falls in the range, with their reasons.</summary>
    public IReadOnlyList<string> RecentRejections { get; init; } = [];

    /// <summary>Alerts raised in the range: tier and signal kinds of each firing or escalation.</summary>
    public IReadOnlyList<RaisedAlert> Alerts { get; init; } = [];

    public long RejectedTotal => RejectedTooOld + RejectedFuture + RejectedInvalid + RejectedOther;

    /// <summary>Relative change of mean units against the previous range (NaN when either is unknown or the previous is 0).</summary>
    public double UnitsChange => PreviousUnitsMean > 0 && double.IsFinite(UnitsMean) ? (UnitsMean - PreviousUnitsMean) / PreviousUnitsMean : double.NaN;
}

/// <summary>One firing or escalation in the range.</summary>
public sealed record RaisedAlert(DateTime Period, string Tier, IReadOnlyList<string> SignalKinds);
