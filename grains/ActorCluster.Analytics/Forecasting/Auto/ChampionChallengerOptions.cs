namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>Settings of <see cref="ChampionChallenger"/>; every default is stated here, once.</summary>
public sealed record ChampionChallengerOptions
{
    /// <summary>The defaults.</summary>
    public static ChampionChallengerOptions Default { get; } = new();

    /// <summary>Number of most recent forecast errors compared; no verdict before both windows are full. Default 28 (four weeks of days).</summary>
    public int Window { get; init; } = 28;

    /// <summary>Steps ahead of the compared forecasts: 1 compares one-step forecasts, h the h-step forecast made h observations earlier. Default 1.</summary>
    public int Lead { get; init; } = 1;

    /// <summary>
    /// The challenger must have an error at most (1 − Margin) × the champion's to be promoted. Default 0.1: at least
    /// 10% better, so two models of equal skill do not swap back and forth on noise.
    /// </summary>
    public double Margin { get; init; } = 0.1;

    /// <summary>The compared error. Default <see cref="ComparisonMeasure.Mae"/>.</summary>
    public ComparisonMeasure Measure { get; init; } = ComparisonMeasure.Mae;

    /// <summary>Null when the settings are usable, otherwise why not.</summary>
    public string? Validate() =>
        Window < 1 ? "Window must be at least 1"
        : Lead < 1 ? "Lead must be at least 1"
        : !(Margin >= 0 && Margin < 1) ? "Margin must be in [0, 1)"
        : null;
}
