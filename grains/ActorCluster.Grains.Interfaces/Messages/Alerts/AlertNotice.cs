namespace ActorCluster;

/// <summary>
/// One alert transition as it travels: from the ASIN grain through the hubs to every subscribed client, and in
/// the HTTP API. Enums travel as names so JSON and MessagePack clients read the same thing.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class AlertNotice
{
    /// <summary>The product.</summary>
    [Id(0)] public string Asin { get; set; } = "";

    /// <summary>Per-ASIN sequence number, strictly increasing from 1; a client resumes after the last one it holds.</summary>
    [Id(1)] public long Sequence { get; set; }

    /// <summary>The alert this transition belongs to (<c>ASIN-sequence</c> of its opening entry); null for snoozes and feedback.</summary>
    [Id(2)] public string? AlertId { get; set; }

    /// <summary>The period the transition was decided on (the time of the command for acknowledge and snooze).</summary>
    [Id(3)] public DateTime Period { get; set; }

    /// <summary>Wall-clock time (UTC) the grain recorded it.</summary>
    [Id(4)] public DateTime RaisedAt { get; set; }

    /// <summary>Pending, Firing, Escalated, Resolved, Cancelled, Acknowledged, Snoozed or FeedbackLowerWeight.</summary>
    [Id(5)] public string Kind { get; set; } = "";

    /// <summary>None, Yellow, Orange or Red: the alert's tier after the transition.</summary>
    [Id(6)] public string Tier { get; set; } = "None";

    /// <summary>Composite probability of the period; null for commands.</summary>
    [Id(7)] public double? Probability { get; set; }

    /// <summary>The ASIN's category, if known.</summary>
    [Id(8)] public string? Category { get; set; }

    /// <summary>Why, in words.</summary>
    [Id(9)] public string Reason { get; set; } = "";

    /// <summary>The signals that caused it, with values and thresholds.</summary>
    [Id(10)] public List<SignalView> Signals { get; set; } = [];

    /// <summary>Signals explained by another one (e.g. a rank jump by a stock-out).</summary>
    [Id(11)] public List<SignalView> Inhibited { get; set; } = [];

    /// <summary>Who issued the command (acknowledge, snooze); null for rule decisions.</summary>
    [Id(12)] public string? By { get; set; }

    /// <summary>True when subscribers are told (fired, escalated or resolved and not snoozed; commands are always told).</summary>
    [Id(13)] public bool Notify { get; set; }

    /// <summary>The (ASIN, sequence) pair that identifies this transition everywhere.</summary>
    public override string ToString() => $"{Asin}#{Sequence} {Kind} {Tier}";
}

/// <summary>One signal of an alert, as a seller reads it.</summary>
[GenerateSerializer, Immutable]
public sealed class SignalView
{
    /// <summary>Which signal (UnitsThreshold, PriceThreshold, SalesRankThreshold, ForecastResidual, UnitsSurge, …).</summary>
    [Id(0)] public string Kind { get; set; } = "";

    /// <summary>The measured value.</summary>
    [Id(1)] public double Value { get; set; }

    /// <summary>The line it was judged against; null for yes/no signals.</summary>
    [Id(2)] public double? Threshold { get; set; }

    /// <summary>+1 up, −1 down, 0 none.</summary>
    [Id(3)] public int Direction { get; set; }

    /// <summary>A sentence a seller can read.</summary>
    [Id(4)] public string Explanation { get; set; } = "";
}
